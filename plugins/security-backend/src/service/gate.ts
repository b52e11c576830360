import { Config } from '@backstage/config';
import { GateResult, SeverityCounts } from '@runway/plugin-security-common';

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

  evaluate(entityRef: string, open: SeverityCounts): GateResult {
    const policy = this.overrides.get(entityRef.toLocaleLowerCase('en-US')) ?? this.base;
    const reasons: string[] = [];
    if (open.critical > policy.maxCritical) {
      reasons.push(`${open.critical} open critical (max ${policy.maxCritical})`);
    }
    if (policy.maxHigh !== undefined && open.high > policy.maxHigh) {
      reasons.push(`${open.high} open high (max ${policy.maxHigh})`);
    }
    return {
      passed: reasons.length === 0,
      maxCritical: policy.maxCritical,
      ...(policy.maxHigh !== undefined ? { maxHigh: policy.maxHigh } : {}),
      ...(reasons.length ? { reason: reasons.join(', ') } : {}),
    };
  }
}
