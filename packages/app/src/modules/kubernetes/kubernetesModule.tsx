import { lazy, ReactNode, Suspense } from 'react';
import {
  coreExtensionData,
  createFrontendModule,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import kubernetesPlugin from '@backstage/plugin-kubernetes/alpha';

// The badge is drawn with @mui/material (Chip, Tooltip, Popper); loading it with the tab
// keeps those out of the chunks the app fetches at start.
const KubernetesSourceBadge = lazy(() =>
  import('./KubernetesSourceBadge').then(m => ({
    default: m.KubernetesSourceBadge,
  })),
);

function KubernetesTab({ children }: { children: ReactNode }) {
  return (
    <>
      <div style={{ marginBottom: 16 }} data-testid="kubernetes-source">
        <Suspense fallback={null}>
          <KubernetesSourceBadge />
        </Suspense>
      </div>
      {children}
    </>
  );
}

/**
 * Backstage's own Kubernetes tab (path, title, filter on the kubernetes annotations and
 * its lazily loaded content all kept), with Runway's source badge above it.
 */
export const kubernetesContentWithBadge: ExtensionDefinition = kubernetesPlugin
  .getExtension('entity-content:kubernetes/kubernetes')
  .override({
    *factory(originalFactory) {
      const original = originalFactory();
      for (const output of original) {
        if (output.id !== coreExtensionData.reactElement.id) yield output;
      }
      yield coreExtensionData.reactElement(
        <KubernetesTab>
          {original.get(coreExtensionData.reactElement)}
        </KubernetesTab>,
      );
    },
  });

export const kubernetesModule = createFrontendModule({
  pluginId: 'kubernetes',
  extensions: [kubernetesContentWithBadge],
});
