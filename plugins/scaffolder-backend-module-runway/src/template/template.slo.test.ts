import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { slothSpecSchema } from '@runway/plugin-slo-node';
import { readText, renderAllSets } from './__testUtils__/renderSets';
import { requireTool, runTool } from './__testUtils__/tools';

jest.setTimeout(120_000);

describe('symfony-service template: SLO spec and PrometheusRule', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    requireTool('promtool', 'prometheus');
    sets = await renderAllSets();
  });

  it('writes a Sloth prometheus/v1 spec with the objectives from the form', async () => {
    for (const set of Object.values(sets)) {
      const spec = slothSpecSchema.parse(
        parseYaml(await readText(set, 'slo/slo.yaml')),
      );
      expect(spec.service).toBe(set.values.name);
      expect(spec.slos.map(s => s.objective)).toEqual([
        set.values.availabilityTarget,
        set.values.latencyTarget,
      ]);
      // the latency SLI reads the histogram bucket the app always exposes (le = threshold in seconds)
      const latency = spec.slos[1].sli as { events: { error_query: string } };
      expect(latency.events.error_query).toContain(
        `le="${set.values.latencyThresholdMs / 1000}"`,
      );
      expect(spec.labels.owner).toBe('team-checkout');
    }
  });

  it('promtool check rules accepts the generated rule groups', async () => {
    const promtool = requireTool('promtool', 'prometheus');
    for (const set of Object.values(sets)) {
      const rule = parseYaml(
        await readText(set, 'chart/files/slo-prometheus-rule.yaml'),
      );
      expect(rule).toMatchObject({
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: { name: `${set.values.name}-slos` },
      });
      // promtool reads plain Prometheus rule files: the PrometheusRule's spec is exactly that
      const rulesFile = path.join(set.dir, '.promtool-rules.yaml');
      await fs.writeFile(rulesFile, stringifyYaml(rule.spec));
      const result = await runTool(promtool, ['check', 'rules', rulesFile]);
      expect({ name: set.values.name, ...result }).toEqual({
        name: set.values.name,
        code: 0,
        output: expect.stringContaining('SUCCESS: 34 rules found'),
      });
    }
  });

  it("implements Sloth's recording rules and the four burn-rate alerts", async () => {
    const set = sets.everythingOn;
    const rule = parseYaml(
      await readText(set, 'chart/files/slo-prometheus-rule.yaml'),
    );
    const rules = rule.spec.groups.flatMap((g: any) => g.rules);
    const records = rules
      .filter(
        (r: any) => r.record && r.labels.sloth_slo === 'requests-availability',
      )
      .map((r: any) => r.record);
    expect(records).toEqual(
      expect.arrayContaining(
        ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d']
          .map(w => `slo:sli_error:ratio_rate${w}`)
          .concat(['slo:period_error_budget_remaining:ratio']),
      ),
    );
    const page = rules.find(
      (r: any) =>
        r.alert === 'BillingLedgerHighErrorRate' &&
        r.labels.sloth_severity === 'page',
    );
    // 99.95% leaves an error budget of 0.0005
    expect(page.expr).toContain(
      'slo:sli_error:ratio_rate5m{sloth_id="billing-ledger-requests-availability", sloth_service="billing-ledger", sloth_slo="requests-availability"} > (14.4 * 0.0005)',
    );
    expect(page.expr).toContain('slo:sli_error:ratio_rate6h');
    expect(page.labels.severity).toBe('critical');
    const ticket = rules.find(
      (r: any) =>
        r.alert === 'BillingLedgerHighErrorRate' &&
        r.labels.sloth_severity === 'ticket',
    );
    expect(ticket.expr).toContain(
      'slo:sli_error:ratio_rate3d{sloth_id="billing-ledger-requests-availability", sloth_service="billing-ledger", sloth_slo="requests-availability"} > (1 * 0.0005)',
    );
  });

  it('has a runbook for every alert the rules define', async () => {
    for (const set of Object.values(sets)) {
      const rule = parseYaml(
        await readText(set, 'chart/files/slo-prometheus-rule.yaml'),
      );
      const alerts = new Set<string>(
        rule.spec.groups.flatMap((g: any) =>
          g.rules.filter((r: any) => r.alert).map((r: any) => r.alert),
        ),
      );
      expect(alerts.size).toBe(2);
      for (const alert of alerts) {
        expect(set.files).toContain(`docs/runbooks/${alert}.md`);
        expect(await readText(set, `docs/runbooks/${alert}.md`)).toContain(
          `# ${alert}`,
        );
      }
    }
  });
});
