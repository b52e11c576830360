import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { StaleCache } from '@runway/runway-node';
import { AdrReader } from './AdrReader';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'cart-api',
    annotations: {
      'backstage.io/source-location': 'url:https://github.com/acme/cart-api/',
      'backstage.io/adr-location': 'docs/adr',
    },
  },
};

function readerFailingWith(error: Error) {
  const logger = mockServices.logger.mock();
  const urlReader = {
    readTree: async () => {
      throw error;
    },
  } as any;
  const reader = new AdrReader(
    urlReader,
    new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 }),
    logger,
  );
  return { reader, logger };
}

describe('AdrReader', () => {
  it('logs an upstream failure once, naming the family and the upstream', async () => {
    const { reader, logger } = readerFailingWith(new Error('rate limited'));
    const list = await reader.list(entity);
    expect(list.adrs).toEqual([]);
    expect(list.error).toMatch(/Cannot read the ADRs in .*: rate limited/);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /^adr: github\.com failed reading https:\/\/github\.com\/acme\/cart-api\/.*docs\/adr, nothing served: rate limited$/,
    );
  });

  it('says a missing folder in words and does not log it as an upstream failure', async () => {
    const { reader, logger } = readerFailingWith(new NotFoundError('gone'));
    const list = await reader.list(entity);
    expect(list.error).toMatch(/the folder does not exist$/);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
