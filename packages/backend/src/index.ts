// Runway's backend: the features it runs, and nothing else. Behaviour lives in plugins/.
import { createBackend } from '@backstage/backend-defaults';
import { localFilesUrlReaderFactory } from '@runway/runway-node';
import { startOrExit } from './startOrExit';

const backend = createBackend();

// Reads files next to entities (SLO specs, runbooks, ADRs) from the configured local folders.
backend.add(localFilesUrlReaderFactory);

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@runway/plugin-permission-backend-module-runway'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@runway/plugin-scaffolder-backend-module-runway'));

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@backstage/plugin-kubernetes-backend'));
backend.add(import('@runway/plugin-kubernetes-backend-module-runway'));

// Runway's families
backend.add(import('@runway/plugin-deployments-backend'));
backend.add(import('@runway/plugin-flags-backend'));
backend.add(import('@runway/plugin-slo-backend'));
backend.add(import('@runway/plugin-security-backend'));
backend.add(import('@runway/plugin-cost-backend'));
backend.add(import('@runway/plugin-compliance-backend'));
backend.add(import('@runway/plugin-oncall-backend'));
backend.add(import('@runway/plugin-adr-backend'));
backend.add(import('@runway/plugin-quality-backend'));
backend.add(import('@runway/plugin-scorecard-backend'));

// A start-up failure (a plugin, a migration lock) logs its reason and exits 1: Kubernetes
// restarts the pod instead of leaving it listening, unready, with its scheduler claiming work.
startOrExit(backend);
