import { ConfigReader } from '@backstage/config';
import { readAdrConfig } from './config';

describe('readAdrConfig', () => {
  it('follows runway.dataSource when adr.dataSource is absent', () => {
    expect(readAdrConfig(new ConfigReader({}))).toEqual({ mode: 'live' });
    expect(
      readAdrConfig(new ConfigReader({ runway: { dataSource: 'demo' } })),
    ).toEqual({ mode: 'demo' });
  });

  it('names the key of a bad value', () => {
    expect(() =>
      readAdrConfig(new ConfigReader({ adr: { dataSource: 'sometimes' } })),
    ).toThrow("adr.dataSource must be one of demo, live, off, got 'sometimes'");
  });
});
