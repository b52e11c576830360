import {
  FetchResponseWrapper,
  KubernetesFetcher,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';

/**
 * Backstage's fetcher waits for a cluster as long as the socket stays open, so one hung
 * API server would hold every tab view. This one gives each cluster `timeoutMs` and then
 * answers that cluster's part with a FETCH_ERROR, which the tab shows in its error panel
 * while the other clusters' objects render.
 */
export class TimeoutFetcher implements KubernetesFetcher {
  constructor(
    private readonly inner: KubernetesFetcher,
    private readonly timeoutMs: number,
  ) {}

  fetchObjectsForService(
    params: ObjectFetchParams,
  ): Promise<FetchResponseWrapper> {
    return this.withTimeout(
      params.clusterDetails.name,
      this.inner.fetchObjectsForService(params),
    );
  }

  fetchPodMetricsByNamespaces(
    ...args: Parameters<KubernetesFetcher['fetchPodMetricsByNamespaces']>
  ): Promise<FetchResponseWrapper> {
    return this.withTimeout(
      args[0].name,
      this.inner.fetchPodMetricsByNamespaces(...args),
    );
  }

  private withTimeout(
    cluster: string,
    work: Promise<FetchResponseWrapper>,
  ): Promise<FetchResponseWrapper> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<FetchResponseWrapper>(resolve => {
      timer = setTimeout(
        () =>
          resolve({
            errors: [
              {
                errorType: 'FETCH_ERROR',
                message: `cluster ${cluster} did not answer within ${
                  this.timeoutMs / 1000
                } s`,
              },
            ],
            responses: [],
          }),
        this.timeoutMs,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
