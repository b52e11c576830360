import { demoSecurityFindings, DemoWorldSource } from '@runway/demo-node';
import { ScannedFinding } from '../service/types';
import { OriginScan, ScanSource, ScanTarget } from './types';

const ADVISORY = 'https://nvd.nist.gov/vuln/detail/';

/** Findings of the deterministic demo world, one stream per demo scanner. */
export class DemoScanSource
  extends DemoWorldSource
  implements ScanSource<void>
{
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
