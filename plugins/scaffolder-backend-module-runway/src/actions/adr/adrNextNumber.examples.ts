import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Number a new ADR for the chosen service',
    example: stringify({
      steps: [
        {
          id: 'entity',
          action: 'catalog:fetch',
          name: 'Fetch the service',
          input: { entityRef: '${{ parameters.entityRef }}' },
        },
        {
          id: 'next',
          action: 'runway:adr:next-number',
          name: 'Number the ADR',
          input: {
            entity: '${{ steps.entity.output.entity }}',
            title: '${{ parameters.title }}',
          },
        },
      ],
    }),
  },
];
