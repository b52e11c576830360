import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      "Generate the PrometheusRule for the service's Sloth spec into the Helm chart",
    example: stringify({
      steps: [
        {
          id: 'slo-rules',
          action: 'runway:slo:generate-rules',
          name: 'Generate the SLO PrometheusRule',
          input: {
            specPath: 'slo/slo.yaml',
            outputPath: 'chart/files/slo-prometheus-rule.yaml',
            ruleName: 'orders-api-slos',
          },
        },
      ],
    }),
  },
];
