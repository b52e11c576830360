import { ConfigReader } from '@backstage/config';
import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import {
  NotConfiguredError,
  notConfiguredRouter,
  readDataSource,
  readFamilyDataSource,
  readHeader,
  readPositiveNumber,
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

describe('readPositiveNumber and readHeader', () => {
  it('answers the fallback when absent and the value when set', () => {
    expect(readPositiveNumber(new ConfigReader({}), 'x.timeoutMs', 5)).toBe(5);
    expect(
      readPositiveNumber(
        new ConfigReader({ x: { timeoutMs: 7 } }),
        'x.timeoutMs',
        5,
      ),
    ).toBe(7);
  });

  it('names the key when the value is not above zero', () => {
    expect(() =>
      readPositiveNumber(
        new ConfigReader({ x: { timeoutMs: 0 } }),
        'x.timeoutMs',
        5,
      ),
    ).toThrow('x.timeoutMs must be a number above 0, got 0');
  });

  it('turns { name, value } into a headers object', () => {
    const config = new ConfigReader({
      p: { h: { name: 'X-Org', value: 't1' } },
    });
    expect(readHeader(config, 'p.h')).toEqual({ 'X-Org': 't1' });
    expect(readHeader(config, 'p.other')).toBeUndefined();
  });
});
