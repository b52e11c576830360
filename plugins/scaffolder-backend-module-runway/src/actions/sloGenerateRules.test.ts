import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createSloGenerateRulesAction } from './sloGenerateRules';
import { ordersApiAvailability } from '../slo/__testUtils__/ordersApiSlo';

const spec = {
  version: 'prometheus/v1',
  service: 'orders-api',
  labels: { owner: 'team-checkout' },
  slos: [
    ordersApiAvailability({
      page_alert: { labels: { severity: 'critical' } },
      ticket_alert: { disable: true },
    }),
  ],
};

describe('runway:slo:generate-rules', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  beforeEach(() =>
    mockDir.setContent({ 'workspace/slo/slo.yaml': stringifyYaml(spec) }),
  );

  it('writes the PrometheusRule and reports alert names and rule count', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: {
        specPath: 'slo/slo.yaml',
        outputPath: 'out/rule.yaml',
        ruleName: 'orders-api-slos',
      },
    });
    await createSloGenerateRulesAction().handler(ctx as any);

    const rule = parseYaml(
      await fs.readFile(path.join(workspacePath, 'out/rule.yaml'), 'utf8'),
    );
    expect(rule.kind).toBe('PrometheusRule');
    expect(rule.metadata.name).toBe('orders-api-slos');
    // 8 SLI windows + 7 metadata rules + the page alert (the ticket alert is disabled)
    expect(ctx.output).toHaveBeenCalledWith('ruleCount', 16);
    expect(ctx.output).toHaveBeenCalledWith('alertNames', [
      'OrdersApiHighErrorRate',
    ]);
  });

  it('names what is wrong in an invalid spec', async () => {
    const broken = {
      ...spec,
      slos: [
        {
          ...spec.slos[0],
          objective: 120,
          sli: { events: { error_query: 'x', total_query: 'y[{{.window}}]' } },
        },
      ],
    };
    await mockDir.addContent({
      'workspace/slo/slo.yaml': stringifyYaml(broken),
    });
    const ctx = createMockActionContext({
      workspacePath,
      input: { specPath: 'slo/slo.yaml', outputPath: 'out/rule.yaml' },
    });

    await expect(
      createSloGenerateRulesAction().handler(ctx as any),
    ).rejects.toThrow(
      /slo\/slo.yaml is not a valid Sloth prometheus\/v1 spec: slos.0.objective: .*; slos.0.sli.* must contain \{\{.window\}\}/,
    );
  });

  it('refuses a spec that is not YAML or not there', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { specPath: 'slo/missing.yaml', outputPath: 'out/rule.yaml' },
    });
    await expect(
      createSloGenerateRulesAction().handler(ctx as any),
    ).rejects.toThrow(/Cannot read the SLO spec slo\/missing.yaml/);
  });

  it('never reads or writes outside the workspace', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { specPath: 'slo/slo.yaml', outputPath: '../escaped.yaml' },
    });
    await expect(
      createSloGenerateRulesAction().handler(ctx as any),
    ).rejects.toThrow(/outside/i);
    await expect(fs.stat(mockDir.resolve('escaped.yaml'))).rejects.toThrow();
  });

  it('declares dry-run support and examples that use its own id', () => {
    const action = createSloGenerateRulesAction();
    expect(action.supportsDryRun).toBe(true);
    for (const example of action.examples ?? []) {
      expect(parseYaml(example.example).steps[0].action).toBe(
        'runway:slo:generate-rules',
      );
    }
  });
});
