import {
  createUnifiedTheme,
  genPageTheme,
  palettes,
  shapes,
} from '@backstage/theme';

// Runway's colours: a runway-night navy with an amber approach light.
const navy = '#14213d';
const amber = '#fca311';

export const runwayLightTheme = createUnifiedTheme({
  palette: {
    ...palettes.light,
    primary: { main: '#1d4e89' },
    secondary: { main: amber },
    navigation: {
      ...palettes.light.navigation,
      background: navy,
      indicator: amber,
      selectedColor: '#ffffff',
    },
  },
  defaultPageTheme: 'home',
  pageTheme: {
    home: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.wave }),
    documentation: genPageTheme({
      colors: [navy, '#3a6ea5'],
      shape: shapes.wave2,
    }),
    tool: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.round }),
    service: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.wave }),
    website: genPageTheme({ colors: [navy, '#3a6ea5'], shape: shapes.wave }),
    library: genPageTheme({ colors: [navy, '#3a6ea5'], shape: shapes.wave }),
    other: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.wave }),
    app: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.wave }),
    apis: genPageTheme({ colors: [navy, '#1d4e89'], shape: shapes.wave }),
  },
});
