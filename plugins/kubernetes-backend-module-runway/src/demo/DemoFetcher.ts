import {
  FetchResponseWrapper,
  KubernetesFetcher,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';
import { FetchResponse } from '@backstage/plugin-kubernetes-common';
import { apiServerList } from '../apiServerList';
import { DemoWorldObjects } from './demoWorldObjects';

/**
 * Answers Backstage's fan-out from the demo world instead of an API server: one list per
 * object type and custom resource, filtered by namespace and label selector the way the
 * API server filters, turned into fetch responses the way Backstage's own fetcher does.
 */
export class DemoFetcher implements KubernetesFetcher {
  constructor(private readonly world: DemoWorldObjects) {}

  async fetchObjectsForService(
    params: ObjectFetchParams,
  ): Promise<FetchResponseWrapper> {
    const objects = this.world.forCluster(params.clusterDetails.name);
    if (!objects) {
      return {
        errors: [
          {
            errorType: 'NOT_FOUND',
            statusCode: 404,
            resourcePath: `/clusters/${params.clusterDetails.name}`,
          },
        ],
        responses: [],
      };
    }
    const requested = [
      ...Array.from(params.objectTypesToFetch),
      ...params.customResources,
    ];
    const responses = requested.map(resource => {
      const builtIn = resource.objectType !== 'customresources';
      const list = apiServerList(objects, resource, {
        namespace: params.namespace,
        labelSelector: params.labelSelector,
        builtIn,
      });
      const kind = list.kind.replace(/List$/, '');
      return {
        type: resource.objectType,
        resources: builtIn
          ? list.items
          : list.items.map(item => ({ ...item, kind })),
      } as FetchResponse;
    });
    return { errors: [], responses };
  }

  async fetchPodMetricsByNamespaces(): Promise<FetchResponseWrapper> {
    // The demo clusters skip the metrics lookup, as EKS without metrics-server does.
    return { errors: [], responses: [] };
  }
}
