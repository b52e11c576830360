import { Family } from '@runway/plugin-scorecard-common';
import { complianceFamily } from './compliance';
import { costFamily } from './cost';
import { deploymentsFamily } from './deployments';
import { flagsFamily } from './flags';
import { qualityFamily } from './quality';
import { securityFamily } from './security';
import { sloFamily } from './slo';
import { FamilyDefinition } from './types';

export type { FamilyItems, FamilyDefinition } from './types';

/** Every family the scorecard reads, each defined once. */
export const FAMILY_DEFINITIONS: { [F in Family]: FamilyDefinition<F> } = {
  deployments: deploymentsFamily,
  slo: sloFamily,
  security: securityFamily,
  cost: costFamily,
  quality: qualityFamily,
  compliance: complianceFamily,
  flags: flagsFamily,
};
