import { Config } from '@backstage/config';
import {
  GateResult,
  ScanState,
  SeverityCounts,
} from '@runway/plugin-security-common';

export interface GatePolicy {
  maxCritical: number;
  maxHigh?: number;
}

/** Per-service severity gates from `security.gate`; zero open criticals unless configured. */
export class SeverityGates {
  static fromConfig(config: Config): SeverityGates {
    const gate = config.getOptionalConfig('security.gate');
    const base: GatePolicy = {
      maxCritical: gate?.getOptionalNumber('maxCritical') ?? 0,
      maxHigh: gate?.getOptionalNumber('maxHigh'),
    };
    const overrides = new Map<string, GatePolicy>();
    for (const o of gate?.getOptionalConfigArray('overrides') ?? []) {
      overrides.set(o.getString('entityRef').toLocaleLowerCase('en-US'), {
        maxCritical: o.getOptionalNumber('maxCritical') ?? base.maxCritical,
        maxHigh: o.getOptionalNumber('maxHigh') ?? base.maxHigh,
      });
    }
    return new SeverityGates(base, overrides);
  }

  constructor(
    private readonly base: GatePolicy,
    private readonly overrides: Map<string, GatePolicy> = new Map(),
  ) {}

  /**
   * Without any successful scan the counts are zeros nobody measured: the gate is
   * `unknown`, never `passed`. After a failure that followed a success, the stored
   * findings still gate (they are served as stale).
   */
  evaluate(
    entityRef: string,
    open: SeverityCounts,
    scan?: ScanState,
  ): GateResult {
    const policy =
      this.overrides.get(entityRef.toLocaleLowerCase('en-US')) ?? this.base;
    const limits = {
      maxCritical: policy.maxCritical,
      ...(policy.maxHigh !== undefined ? { maxHigh: policy.maxHigh } : {}),
    };
    if (scan && !scan.lastSuccessAt) {
      const reason =
        scan.state === 'failed'
          ? `No successful scan yet; last attempt failed: ${scan.error}`
          : 'Never scanned';
      return { state: 'unknown', passed: false, ...limits, reason };
    }
    const reasons: string[] = [];
    if (open.critical > policy.maxCritical) {
      reasons.push(
        `${open.critical} open critical (max ${policy.maxCritical})`,
      );
    }
    if (policy.maxHigh !== undefined && open.high > policy.maxHigh) {
      reasons.push(`${open.high} open high (max ${policy.maxHigh})`);
    }
    return {
      state: reasons.length === 0 ? 'passed' : 'failed',
      passed: reasons.length === 0,
      ...limits,
      ...(reasons.length ? { reason: reasons.join(', ') } : {}),
    };
  }
}
