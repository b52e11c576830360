import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { StaleCache } from '@runway/runway-node';
import { AlertSource } from '../sources/AlertSource';
import { OncallService } from './OncallService';
import { RunbookReader } from './RunbookReader';

describe('OncallService logging', () => {
  it('logs an alerts failure once, naming the family and the upstream', async () => {
    const logger = mockServices.logger.mock();
    const source = {
      name: 'prometheus',
      kind: 'live',
      listAlerts: async () => {
        throw new Error('Prometheus failed (HTTP 503)');
      },
      burnRates: async () => [],
    } as unknown as AlertSource;
    const cache = () =>
      new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 });
    const oncall = new OncallService({
      source,
      catalog: catalogServiceMock(),
      runbooks: new RunbookReader(mockServices.urlReader.mock(), cache()),
      cache: cache(),
      logger,
    });
    await expect(oncall.listAlerts(mockCredentials.none())).rejects.toThrow(
      'Prometheus failed (HTTP 503)',
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'oncall: prometheus failed reading alerts, nothing served: Prometheus failed (HTTP 503)',
    );
  });
});
