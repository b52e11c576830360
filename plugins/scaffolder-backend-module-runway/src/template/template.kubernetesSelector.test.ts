import { parse as parseYaml } from 'yaml';
import { renderEnvironment as renderChart } from './__testUtils__/helmChart';
import {
  readText,
  renderAllSets,
  type RenderedSet,
} from './__testUtils__/renderSets';

/** Every object `helm template` renders for the environment, as ArgoCD would run it. */
async function renderEnvironment(set: RenderedSet, env: string) {
  return (await renderChart(set, env)).objects;
}

jest.setTimeout(60_000);

/** The equality-based selector Backstage's kubernetes-backend sends as `labelSelector`. */
function parseSelector(selector: string): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const term of selector.split(',')) {
    const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]+)$/.exec(term.trim());
    if (!m) throw new Error(`not a key=value term: '${term}'`);
    if (m[1] in terms) throw new Error(`key ${m[1]} twice`);
    terms[m[1]] = m[2];
  }
  return terms;
}

function selects(
  terms: Record<string, string>,
  labels: Record<string, string> | undefined,
) {
  return Object.entries(terms).every(([k, v]) => labels?.[k] === v);
}

describe('symfony-service template: the Kubernetes annotations select what the chart deploys', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it("writes kubernetes-id and a label selector equal to the workload's selector labels, in every environment", async () => {
    let checked = 0;
    for (const set of Object.values(sets)) {
      const { annotations } = parseYaml(
        await readText(set, 'catalog-info.yaml'),
      ).metadata;
      expect(annotations['backstage.io/kubernetes-id']).toBe(set.values.name);
      const terms = parseSelector(
        annotations['backstage.io/kubernetes-label-selector'],
      );
      for (const env of set.values.environments) {
        const objects = await renderEnvironment(set, env);
        const workloadKind =
          set.values.strategy === 'rolling' ? 'Deployment' : 'Rollout';
        const workloads = objects.filter(o =>
          ['Deployment', 'Rollout'].includes(o.kind),
        );
        expect(workloads.map(w => w.kind)).toEqual([workloadKind]);
        const [workload] = workloads;

        // exactly the chart's selector labels: no more (a label the pods lack would
        // find nothing), no fewer (a looser selector would find other releases' pods)
        expect({ env, selector: terms }).toEqual({
          env,
          selector: workload.spec.selector.matchLabels,
        });
        const podLabels = workload.spec.template.metadata.labels;
        expect(selects(terms, podLabels)).toBe(true);
        expect(podLabels['runway.dev/environment']).toBe(env);

        const service = objects.find(o => o.kind === 'Service');
        expect(service.spec.selector).toEqual(terms);
        // what the tab lists besides pods: every object carries the selected labels
        for (const object of objects) {
          expect({
            kind: object.kind,
            selected: selects(terms, object.metadata.labels),
          }).toEqual({ kind: object.kind, selected: true });
        }
        checked++;
      }
    }
    expect(checked).toBe(1 + 3 + 2 + 3);
  });

  it("does not select another release's pods of the same chart", async () => {
    const set = sets.everythingOn;
    const { annotations } = parseYaml(
      await readText(set, 'catalog-info.yaml'),
    ).metadata;
    const terms = parseSelector(
      annotations['backstage.io/kubernetes-label-selector'],
    );
    const [workload] = (await renderEnvironment(set, 'prod')).filter(
      o => o.kind === 'Deployment' || o.kind === 'Rollout',
    );
    const podLabels = workload.spec.template.metadata.labels;
    expect(
      selects(terms, {
        ...podLabels,
        'app.kubernetes.io/instance': `${set.values.name}-preview`,
      }),
    ).toBe(false);
    expect(
      selects(terms, { ...podLabels, 'app.kubernetes.io/name': 'other-api' }),
    ).toBe(false);
  });

  it('renders the HPA the tab shows, scaling the workload', async () => {
    const objects = await renderEnvironment(sets.everythingOn, 'prod');
    const workload = objects.find(
      o => o.kind === 'Deployment' || o.kind === 'Rollout',
    );
    const hpa = objects.find(o => o.kind === 'HorizontalPodAutoscaler');
    expect(hpa?.spec.scaleTargetRef).toMatchObject({
      kind: workload.kind,
      name: workload.metadata.name,
    });
  });
});
