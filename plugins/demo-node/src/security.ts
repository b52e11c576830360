import { randomFor } from './random';
import { DemoWorld } from './world';

/** @public */
export type DemoFindingKind = 'container' | 'dependency' | 'sast' | 'iac';

/**
 * A scan finding in the demo world, shaped like what Inspector / Trivy / Checkov / Semgrep
 * would report for a Symfony service image and repository.
 *
 * @public
 */
export interface DemoSecurityFinding {
  scanner: 'inspector' | 'trivy' | 'checkov' | 'semgrep';
  kind: DemoFindingKind;
  severity: 'critical' | 'high' | 'medium' | 'low';
  title: string;
  vulnerabilityId?: string;
  ruleId?: string;
  packageName?: string;
  installedVersion?: string;
  fixedVersion?: string;
  target: string;
  firstSeen: string;
  /** Set when a later deploy or commit removed the finding. */
  fixedAt?: string;
}

type Template = Omit<DemoSecurityFinding, 'target' | 'firstSeen' | 'fixedAt'>;

// Real advisories that affect Debian-based PHP images and Symfony apps, so the demo reads true.
const POOL: Template[] = [
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'high',
    vulnerabilityId: 'CVE-2023-44487',
    packageName: 'nghttp2',
    installedVersion: '1.52.0-1',
    fixedVersion: '1.52.0-1+deb12u1',
    title: 'HTTP/2 rapid reset denial of service',
  },
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'high',
    vulnerabilityId: 'CVE-2024-2961',
    packageName: 'glibc',
    installedVersion: '2.36-9+deb12u4',
    fixedVersion: '2.36-9+deb12u7',
    title: 'glibc iconv ISO-2022-CN-EXT out-of-bounds write',
  },
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'medium',
    vulnerabilityId: 'CVE-2024-28182',
    packageName: 'nghttp2',
    installedVersion: '1.52.0-1',
    fixedVersion: '1.52.0-1+deb12u2',
    title: 'nghttp2 unbounded CONTINUATION frames',
  },
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'medium',
    vulnerabilityId: 'CVE-2023-50495',
    packageName: 'ncurses',
    installedVersion: '6.4-4',
    title: 'ncurses segmentation fault in tic',
  },
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'low',
    vulnerabilityId: 'CVE-2011-3374',
    packageName: 'apt',
    installedVersion: '2.6.1',
    title: 'apt does not validate repository keys',
  },
  {
    scanner: 'inspector',
    kind: 'container',
    severity: 'low',
    vulnerabilityId: 'CVE-2022-0563',
    packageName: 'util-linux',
    installedVersion: '2.38.1-5',
    title: 'util-linux chfn/chsh readline info leak',
  },
  {
    scanner: 'trivy',
    kind: 'dependency',
    severity: 'high',
    vulnerabilityId: 'CVE-2024-50340',
    packageName: 'symfony/runtime',
    installedVersion: '7.1.5',
    fixedVersion: '7.1.7',
    title: 'Symfony env can be changed with a query string parameter',
  },
  {
    scanner: 'trivy',
    kind: 'dependency',
    severity: 'medium',
    vulnerabilityId: 'CVE-2024-51736',
    packageName: 'symfony/process',
    installedVersion: '7.1.5',
    fixedVersion: '7.1.7',
    title: 'Symfony process command hijacking on Windows',
  },
  {
    scanner: 'trivy',
    kind: 'dependency',
    severity: 'low',
    vulnerabilityId: 'CVE-2024-50345',
    packageName: 'symfony/http-foundation',
    installedVersion: '7.1.5',
    fixedVersion: '7.1.7',
    title: 'Symfony open redirect via browser-sanitized URLs',
  },
  {
    scanner: 'checkov',
    kind: 'iac',
    severity: 'medium',
    ruleId: 'CKV_K8S_22',
    title: 'Use read-only filesystem for containers where possible',
  },
  {
    scanner: 'checkov',
    kind: 'iac',
    severity: 'low',
    ruleId: 'CKV_AWS_18',
    title: 'Ensure the S3 bucket has access logging enabled',
  },
  {
    scanner: 'semgrep',
    kind: 'sast',
    severity: 'high',
    ruleId: 'php.lang.security.unserialize-use',
    title: 'Calling unserialize() with user input can lead to object injection',
  },
];

const DAY = 86_400_000;

function digestFor(seed: number, service: string, build: string): string {
  const rnd = randomFor(seed, 'security-digest', service, build);
  return `sha256:${Array.from({ length: 64 }, () =>
    rnd.int(0, 15).toString(16),
  ).join('')}`;
}

function targetFor(
  seed: number,
  service: string,
  t: Template,
  at: number,
): string {
  if (t.kind === 'container')
    return `${service}@${digestFor(
      seed,
      service,
      String(Math.floor(at / DAY)),
    )}`;
  if (t.kind === 'dependency') return 'composer.lock';
  if (t.kind === 'iac')
    return t.ruleId!.startsWith('CKV_K8S')
      ? 'chart/templates/deployment.yaml'
      : 'terraform/s3.tf';
  return 'src/Controller/ImportController.php:42';
}

/**
 * The scan findings of one demo service over the last 90 days, open and fixed. The story's
 * service carries the critical CVE from `introducedAt` until the deploy at `fixedAt`.
 *
 * @public
 */
export function demoSecurityFindings(
  world: DemoWorld,
  serviceName: string,
): DemoSecurityFinding[] {
  const index = world.services.findIndex(s => s.name === serviceName);
  if (index < 0) return [];
  const now = Date.parse(world.now);
  const rnd = randomFor(world.seed, 'security', serviceName);
  const findings: DemoSecurityFinding[] = [];

  for (const t of POOL) {
    if (!rnd.chance(0.4)) continue;
    const firstSeen = now - rnd.int(1, 89) * DAY;
    const fixed = t.fixedVersion !== undefined && rnd.chance(0.35);
    const fixedAt = fixed
      ? Math.min(now - DAY, firstSeen + rnd.int(2, 30) * DAY)
      : undefined;
    findings.push({
      ...t,
      target: targetFor(world.seed, serviceName, t, firstSeen),
      firstSeen: new Date(firstSeen).toISOString(),
      ...(fixedAt !== undefined && fixedAt > firstSeen
        ? { fixedAt: new Date(fixedAt).toISOString() }
        : {}),
    });
  }

  const cve = world.story.criticalCve;
  if (cve.service === serviceName) {
    findings.push({
      scanner: 'inspector',
      kind: 'container',
      severity: 'critical',
      vulnerabilityId: cve.cve,
      packageName: cve.package,
      installedVersion: '3.0.11-1~deb12u2',
      fixedVersion: '3.0.13-1~deb12u1',
      title: 'OpenSSL SSL_select_next_proto buffer overread',
      target: `${serviceName}@${digestFor(world.seed, serviceName, 'cve')}`,
      firstSeen: cve.introducedAt,
      fixedAt: cve.fixedAt,
    });
  }
  const open = world.story.openCritical;
  if (open.service === serviceName) {
    findings.push({
      scanner: 'inspector',
      kind: 'container',
      severity: 'critical',
      vulnerabilityId: open.cve,
      packageName: 'php8.3',
      installedVersion: '8.3.7',
      fixedVersion: '8.3.8',
      title: 'PHP-CGI argument injection',
      target: `${serviceName}@${digestFor(world.seed, serviceName, 'current')}`,
      firstSeen: open.since,
    });
  }
  return findings;
}
