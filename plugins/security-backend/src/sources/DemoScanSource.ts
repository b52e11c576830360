import {
  demoSecurityFindings,
  DemoWorldConfig,
  demoWorldFromConfig,
} from '@runway/demo-node';
import { DEMO_SOURCE_NAME } from '@runway/runway-common';
import { ScannedFinding } from '../service/types';
import { OriginScan, ScanSource, ScanTarget } from './types';

const ADVISORY = 'https://nvd.nist.gov/vuln/detail/';

/** Findings of the deterministic demo world, one stream per demo scanner. */
export class DemoScanSource implements ScanSource<void> {
  readonly kind = 'demo' as const;
  readonly name = DEMO_SOURCE_NAME;

  constructor(
    private readonly config: DemoWorldConfig,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async prepare(): Promise<void> {
    demoWorldFromConfig(this.config, this.clock());
  }

  async scan(target: ScanTarget): Promise<OriginScan[]> {
    const world = demoWorldFromConfig(this.config, this.clock());
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
