import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import { UnifiedThemeProvider } from '@backstage/theme';
import LightIcon from '@material-ui/icons/WbSunny';
import { runwayLightTheme } from './runwayTheme';

const runwayTheme = ThemeBlueprint.make({
  name: 'runway-light',
  params: {
    theme: {
      id: 'runway-light',
      title: 'Runway',
      variant: 'light',
      icon: <LightIcon />,
      Provider: ({ children }) => (
        <UnifiedThemeProvider theme={runwayLightTheme}>{children}</UnifiedThemeProvider>
      ),
    },
  },
});

export const themeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [runwayTheme],
});
