import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Publish the rendered service to the local folder and register it',
    example: stringify({
      steps: [
        {
          id: 'publish-local',
          action: 'runway:publish:local',
          name: 'Publish locally',
          input: { name: 'orders-api' },
        },
        {
          id: 'register',
          action: 'catalog:register',
          name: 'Register',
          input: {
            catalogInfoUrl:
              "${{ steps['publish-local'].output.catalogInfoUrl }}",
          },
        },
      ],
    }),
  },
];
