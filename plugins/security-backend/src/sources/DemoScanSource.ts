import {
  createDemoWorld,
  DemoWorld,
  demoSecurityFindings,
} from '@runway/demo-node';
import { Config } from '@backstage/config';
import { DEMO_SOURCE_NAME } from '@runway/runway-common';
import { ScannedFinding } from '../service/types';
import { OriginScan, ScanSource, ScanTarget } from './types';

const ADVISORY = 'https://nvd.nist.gov/vuln/detail/';

/** Findings of the deterministic demo world, one stream per demo scanner. */
export class DemoScanSource implements ScanSource<void> {
  readonly kind = 'demo' as const;
  readonly name = DEMO_SOURCE_NAME;

  /** `now` left to the world's default (start of the hour), as every family does. */
  static fromConfig(config: Config): DemoScanSource {
    const seed = config.getOptionalNumber('runway.demo.seed');
    const size = config.getOptionalNumber('runway.demo.size');
    return new DemoScanSource(() => createDemoWorld({ seed, size }));
  }

  private cached?: { key: number; world: DemoWorld };

  constructor(private readonly createWorld: () => DemoWorld) {}

  /** One world per hour (the world's own granularity), not one per scanned service. */
  private world(): DemoWorld {
    const key = Math.floor(Date.now() / 3_600_000);
    if (this.cached?.key !== key)
      this.cached = { key, world: this.createWorld() };
    return this.cached.world;
  }

  async prepare(): Promise<void> {
    this.world();
  }

  async scan(target: ScanTarget): Promise<OriginScan[]> {
    const world = this.world();
    const byScanner = new Map<string, ScannedFinding[]>();
    for (const f of demoSecurityFindings(world, target.ecrRepository)) {
      const list = byScanner.get(f.scanner) ?? [];
      list.push({
        source: f.kind,
        scanner: f.scanner,
        severity: f.severity,
        title: f.title,
        vulnerabilityId: f.vulnerabilityId,
        ruleId: f.ruleId,
        packageName: f.packageName,
        installedVersion: f.installedVersion,
        fixedVersion: f.fixedVersion,
        target: f.target,
        url: f.vulnerabilityId ? `${ADVISORY}${f.vulnerabilityId}` : undefined,
        firstSeen: f.firstSeen,
        fixedAt: f.fixedAt,
      });
      byScanner.set(f.scanner, list);
    }
    return ['inspector', 'trivy', 'checkov', 'semgrep'].map(scanner => ({
      origin: `demo:${scanner}`,
      findings: byScanner.get(scanner) ?? [],
    }));
  }
}
