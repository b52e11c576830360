import mainApps from './__fixtures__/applications-main.json';
import { applicationSchema } from './schema';
import { toAppRecord, toDeploys } from './appRecord';

/** A fixture app turned into a multi-source one, as ArgoCD writes it: no `revision`, a
 * `revisions` entry per source. */
function multiSource() {
  const app = structuredClone(mainApps.items[0]) as any;
  const revisions = (rev: string) => [rev, 'v1.4.2'];
  app.status.sync = {
    status: app.status.sync.status,
    revisions: revisions(app.status.sync.revision),
  };
  app.status.history = app.status.history.map((h: any) => {
    const { revision, ...rest } = h;
    return { ...rest, revisions: revisions(revision) };
  });
  return app;
}

describe('toAppRecord', () => {
  it('reads a multi-source app’s revisions as its first source’s', () => {
    const single = toAppRecord(
      'main',
      applicationSchema.parse(mainApps.items[0]),
    );
    const multi = toAppRecord('main', applicationSchema.parse(multiSource()));
    expect(single.revision).not.toBe('');
    expect(multi.revision).toBe(single.revision);
    expect(multi.history.map(h => h.revision)).toEqual(
      single.history.map(h => h.revision),
    );
    expect(toDeploys(multi)).toEqual(toDeploys(single));
  });

  it('reads no revision as empty, not as another app’s', () => {
    const app = structuredClone(mainApps.items[0]) as any;
    delete app.status.sync.revision;
    expect(toAppRecord('main', applicationSchema.parse(app)).revision).toBe('');
  });
});
