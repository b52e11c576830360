import { ConfigReader } from '@backstage/config';
import { readComplianceConfig } from './config';

describe('readComplianceConfig', () => {
  it('defaults to the 15 minute RPO and 1 hour RTO, the cost tag key and an hourly live refresh', () => {
    expect(readComplianceConfig(new ConfigReader({}))).toEqual({
      tagKey: 'service',
      rpoTargetMinutes: 15,
      rtoTargetMinutes: 60,
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 30 } },
    });
    expect(
      readComplianceConfig(new ConfigReader({}), 'demo').schedule.frequency,
    ).toEqual({ minutes: 10 });
  });

  it('reads targets and a schedule in Backstage shape', () => {
    const settings = readComplianceConfig(
      new ConfigReader({
        compliance: {
          targets: { rpoMinutes: 5, rtoMinutes: 30 },
          schedule: { frequency: { minutes: 30 }, timeout: { minutes: 10 } },
        },
      }),
      'demo',
    );
    expect(settings).toMatchObject({
      rpoTargetMinutes: 5,
      rtoTargetMinutes: 30,
    });
    expect(settings.schedule.frequency).toEqual({ minutes: 30 });
  });

  it('refuses a target that is not positive', () => {
    expect(() =>
      readComplianceConfig(
        new ConfigReader({ compliance: { targets: { rpoMinutes: 0 } } }),
      ),
    ).toThrow('compliance.targets.rpoMinutes must be a positive number');
  });
});
