import {
  FetchResponseWrapper,
  KubernetesFetcher,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';
import { TimeoutFetcher } from './TimeoutFetcher';

const params = {
  serviceId: 'checkout-api',
  clusterDetails: {
    name: 'eks-prod',
    url: 'https://eks.example',
    authMetadata: {},
  },
  credential: { type: 'anonymous' },
  objectTypesToFetch: new Set(),
  customResources: [],
} as unknown as ObjectFetchParams;

const answered: FetchResponseWrapper = {
  errors: [],
  responses: [{ type: 'pods', resources: [] }],
};

function inner(answer: Promise<FetchResponseWrapper>): KubernetesFetcher {
  return {
    fetchObjectsForService: () => answer,
    fetchPodMetricsByNamespaces: () => answer,
  };
}

describe('TimeoutFetcher', () => {
  it("passes a cluster's answer through when it comes in time", async () => {
    const fetcher = new TimeoutFetcher(inner(Promise.resolve(answered)), 1000);
    await expect(fetcher.fetchObjectsForService(params)).resolves.toBe(
      answered,
    );
  });

  it('answers a FETCH_ERROR for that cluster when it does not', async () => {
    const fetcher = new TimeoutFetcher(inner(new Promise(() => {})), 50);
    await expect(fetcher.fetchObjectsForService(params)).resolves.toEqual({
      errors: [
        {
          errorType: 'FETCH_ERROR',
          message: 'cluster eks-prod did not answer within 0.05 s',
        },
      ],
      responses: [],
    });
  });

  it('lets a failure of the inner fetcher through, for Backstage to report', async () => {
    const fetcher = new TimeoutFetcher(
      inner(Promise.reject(new Error('boom'))),
      1000,
    );
    await expect(fetcher.fetchObjectsForService(params)).rejects.toThrow(
      'boom',
    );
  });
});
