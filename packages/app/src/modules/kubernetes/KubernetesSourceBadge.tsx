import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { SourceBadge } from '@runway/runway-react';

/**
 * The Kubernetes tab's "Demo data" badge. Backstage's kubernetes-backend answers in its own
 * shape, without Runway's `source` envelope, so the mode is read from the config keys that
 * make Runway's kubernetes module supply the demo clusters: `kubernetes.dataSource`, else
 * `runway.dataSource` (both visible to the frontend).
 */
export function KubernetesSourceBadge() {
  const config = useApi(configApiRef);
  const mode =
    config.getOptionalString('kubernetes.dataSource') ??
    config.getOptionalString('runway.dataSource');
  if (mode !== 'demo') return null;
  return (
    <SourceBadge
      source={{
        kind: 'demo',
        name: 'demo',
        stale: false,
        fetchedAt: new Date().toISOString(),
      }}
    />
  );
}
