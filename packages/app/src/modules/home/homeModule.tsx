import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
Runway is the portal for our Symfony services on AWS.

- **Developers**: create a service with [Create](/create); it arrives wired to every dashboard.
- **Leadership**: the portfolio view of deploys, SLOs, security and cost.
- **On-call**: what is firing for your services, next to the runbook to follow.

Browse every service in the [Catalog](/catalog).
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'RunwayWelcome',
    title: 'Welcome to Runway',
    description: 'What Runway is for, by journey',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget],
});
