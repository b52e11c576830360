import { ConfigReader } from '@backstage/config';
import { readDataSource } from './dataSource';

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
