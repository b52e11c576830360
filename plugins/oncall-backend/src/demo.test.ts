import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createServiceFactory,
  coreServices,
} from '@backstage/backend-plugin-api';
import { createDemoWorld, demoRunbookFiles } from '@runway/demo-node';
import request from 'supertest';
import { oncallPlugin } from './plugin';
import { fakeUrlReader } from './__testUtils__';

describe('oncall backend on the demo world', () => {
  const world = createDemoWorld();
  // The demo services as examples/ holds them: a file: location with a runbooks folder.
  const entities = world.services.map(s => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: s.name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:/srv/examples/services/${s.name}/catalog-info.yaml`,
        'runway.dev/runbooks-location': './runbooks',
      },
    },
    spec: { type: 'service', owner: s.owner, lifecycle: 'production' },
  }));
  const files: Record<string, string> = {};
  for (const s of world.services) {
    for (const [name, text] of demoRunbookFiles(s))
      files[`file:///srv/examples/services/${s.name}/runbooks/${name}`] = text;
  }

  it('has the story alerts firing now, each with its runbook and a burn rate', async () => {
    const { server } = await startTestBackend({
      features: [
        oncallPlugin,
        mockServices.rootConfig.factory({
          data: { runway: { dataSource: 'demo' } },
        }),
        catalogServiceMock.factory({ entities }),
        createServiceFactory({
          service: coreServices.urlReader,
          deps: {},
          factory: () => fakeUrlReader(files),
        }),
      ],
    });
    const list = await request(server).get('/api/oncall/alerts');
    expect(list.body.source.kind).toBe('demo');
    const alerts = list.body.data.alerts;
    expect(
      alerts.map((a: any) => [a.service, a.alertname, a.severity]),
    ).toEqual(
      world.story.firingAlerts.map(a => [a.service, a.alertname, a.severity]),
    );
    for (const alert of alerts) {
      const detail = await request(server).get(
        `/api/oncall/alerts/${alert.id}`,
      );
      expect(detail.body.data.runbook).toMatchObject({
        status: 'found',
        url: `file:///srv/examples/services/${alert.service}/runbooks/${alert.alertname}.md`,
      });
      expect(detail.body.data.runbook.markdown).toContain(
        `# ${alert.alertname} on ${alert.service}`,
      );
      const burning = detail.body.data.burnRates.find(
        (b: any) => b.burnRate > 1,
      );
      expect(burning).toBeDefined();
    }
  });
});
