import mainApps from '../sources/argocd/__fixtures__/applications-main.json';
import { listAnswer } from './fakeArgoCd';

const list = (search: string) =>
  listAnswer(
    mainApps as any,
    new URL(`https://argocd.test/api/v1/applications${search}`),
  ).items as any[];

// The fake must refuse what ArgoCD refuses, or a client that trims too much passes here and
// reads as apps that never deployed against a real ArgoCD.
describe('the ArgoCD wire fake', () => {
  it('answers whole Applications, history included, without `fields`', () => {
    const [app] = list('');
    expect(app.status.history.length).toBeGreaterThan(0);
    expect(app.spec.project).toBeDefined();
    expect(app.status.sync.revision).toBeDefined();
  });

  it('selects only from ArgoCD’s fixed table and drops any other name', () => {
    const items = list(
      '?fields=items.metadata.name,items.status.sync.status,items.status.history,items.spec.project,items.status.sync.revision',
    );
    expect(items).toHaveLength(mainApps.items.length);
    expect(items[0]).toEqual({
      metadata: { name: mainApps.items[0].metadata.name },
      status: { sync: { status: mainApps.items[0].status.sync.status } },
    });
  });

  it('keeps every selectable field but the named ones with a leading -', () => {
    const [app] = list('?fields=-items.spec,items.status.summary');
    expect(app.spec).toBeUndefined();
    expect(app.status.summary).toBeUndefined();
    expect(app.metadata.labels).toEqual(mainApps.items[0].metadata.labels);
    expect(app.status.health).toEqual(mainApps.items[0].status.health);
    // history is not selectable at all: never there once `fields` is given
    expect(app.status.history).toBeUndefined();
  });
});
