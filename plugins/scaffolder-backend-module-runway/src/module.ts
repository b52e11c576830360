import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishLocalAction } from './actions/publishLocal';
import { createSloGenerateRulesAction } from './actions/sloGenerateRules';
import { createAdrNextNumberAction } from './actions/adr/adrNextNumber';

/** Runway's Scaffolder actions: SLO rule generation and the offline local publisher. */
export const scaffolderModuleRunway = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'runway',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        urlReader: coreServices.urlReader,
      },
      async init({ scaffolderActions, config, urlReader }) {
        scaffolderActions.addActions(
          createSloGenerateRulesAction(),
          createPublishLocalAction({ config }),
          createAdrNextNumberAction({ urlReader }),
        );
      },
    });
  },
});
