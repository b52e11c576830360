import { ConfigReader } from '@backstage/config';
import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import {
  NotConfiguredError,
  notConfiguredRouter,
  readDataSource,
  readFamilyDataSource,
} from './dataSource';

describe('readDataSource', () => {
  it.each([
    [{ runway: { dataSource: 'demo' } }, 'demo'],
    [{ runway: { dataSource: 'live' } }, 'live'],
    [{}, 'live'],
  ])('reads %j as %s', (data, expected) => {
    expect(readDataSource(new ConfigReader(data))).toBe(expected);
  });

  it('refuses an unknown value instead of falling back', () => {
    expect(() =>
      readDataSource(new ConfigReader({ runway: { dataSource: 'mock' } })),
    ).toThrow("runway.dataSource must be 'demo' or 'live', got 'mock'");
  });
});

describe('readFamilyDataSource', () => {
  it('lets a family override the default', () => {
    const config = new ConfigReader({
      runway: { dataSource: 'live' },
      cost: { dataSource: 'demo' },
      security: { dataSource: 'off' },
    });
    expect(readFamilyDataSource(config, 'cost')).toBe('demo');
    expect(readFamilyDataSource(config, 'security')).toBe('off');
    expect(readFamilyDataSource(config, 'slo')).toBe('live');
  });

  it('refuses an unknown family value', () => {
    expect(() =>
      readFamilyDataSource(
        new ConfigReader({ cost: { dataSource: 'mock' } }),
        'cost',
      ),
    ).toThrow("cost.dataSource must be one of demo, live, off, got 'mock'");
  });
});

describe('notConfiguredRouter', () => {
  it('answers every route with a typed 503 naming the keys to set', async () => {
    const app = express()
      .use(notConfiguredRouter('cost', ['cost.aws.accountId']))
      .use(mockErrorHandler());
    const res = await request(app).get('/entity?entityRef=component:a');
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('cost.aws.accountId');
  });

  it('keeps family and keys on the error', () => {
    const error = new NotConfiguredError('slo', ['prometheus.url']);
    expect(error).toMatchObject({
      family: 'slo',
      keys: ['prometheus.url'],
      statusCode: 503,
    });
  });
});
