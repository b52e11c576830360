import { Config } from '@backstage/config';
import { demoCompliance, demoWorldFromConfig } from '@runway/demo-node';
import { DEMO_SOURCE_NAME } from '@runway/runway-common';
import {
  BackupResult,
  CollectedPosture,
  ComplianceSource,
  ControlResult,
} from './types';

/** The demo world's posture (see demo-node's compliance.ts), in the shape the AWS source returns. */
export class DemoComplianceSource implements ComplianceSource {
  readonly kind = 'demo' as const;
  readonly name = DEMO_SOURCE_NAME;

  constructor(private readonly config: Config) {}

  async collect(now: Date): Promise<CollectedPosture> {
    const posture = demoCompliance(demoWorldFromConfig(this.config, now), now);
    const controls = (origin: 'securityhub' | 'config') =>
      new Map(
        posture.services.map(s => [
          s.service,
          s.controls
            .filter(c => c.origin === origin)
            .map(({ origin: _, ...c }): ControlResult => c),
        ]),
      );
    const backups = new Map<string, BackupResult>();
    for (const s of posture.services) {
      if (s.backup) backups.set(s.service, s.backup);
    }
    return {
      securityhub: {
        ok: true,
        data: {
          services: controls('securityhub'),
          account: { standards: posture.standards },
        },
      },
      config: { ok: true, data: { services: controls('config') } },
      backup: { ok: true, data: { services: backups } },
      cloudtrail: {
        ok: true,
        data: {
          services: new Map<string, never>(),
          account: { cloudTrailLogging: posture.cloudTrailLogging },
        },
      },
    };
  }
}
