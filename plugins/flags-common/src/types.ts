import type { MeasurementState, Sourced } from '@runway/runway-common';

/** A flag's state in one environment. @public */
export interface FlagEnvironment {
  environment: string;
  enabled: boolean;
  /** Gradual rollout percentage (0..100) when a flexibleRollout strategy applies; else null. */
  rolloutPct: number | null;
  strategies: string[];
}

/** @public */
export interface Flag {
  name: string;
  project: string;
  type: string;
  stale: boolean;
  createdAt: string;
  lastChangedAt: string | null;
  environments: FlagEnvironment[];
  /** Link to the flag in Unleash. */
  url?: string;
}

/** One change to a flag, from Unleash's event log. @public */
export interface FlagChange {
  id: number;
  flag: string;
  environment: string | null;
  /** Unleash event type, e.g. `feature-environment-enabled`, `feature-strategy-update`. */
  type: string;
  createdAt: string;
  createdBy: string;
  /** Short human summary, e.g. `enabled in production`, `rollout 10 % → 25 %`. */
  summary: string;
}

/**
 * Flags of one service: null counts mean Unleash was never read for it. A service without
 * the `unleash.io/project` annotation has `state.state = 'never'` and no project.
 *
 * @public
 */
export interface FlagsSummary {
  entityRef: string;
  project: string | null;
  total: number | null;
  stale: number | null;
  lastChangedAt: string | null;
  state: MeasurementState;
}

/** @public */
export interface EntityFlags {
  summary: FlagsSummary;
  flags: Flag[];
  changes: FlagChange[];
}

/** @public */
export type EntityFlagsResponse = Sourced<EntityFlags>;

/** @public */
export type FlagsSummariesResponse = Sourced<{ items: FlagsSummary[] }>;

/** The Unleash project holding a service's flags. @public */
export const UNLEASH_PROJECT_ANNOTATION = 'unleash.io/project';
/** Optional: only the project's flags whose name starts with this belong to the service. @public */
export const UNLEASH_FEATURE_PREFIX_ANNOTATION = 'unleash.io/feature-prefix';

/** A team's services and their flag summaries. @public */
export type TeamFlagsResponse = Sourced<{
  team: string;
  items: FlagsSummary[];
}>;

/** When a flag changed, where: what DORA's change failure rate counts. @public */
export type FlagChangeTime = Pick<
  FlagChange,
  'flag' | 'environment' | 'type' | 'createdAt'
>;

/**
 * One entity's flag changes, newest first, as far back as the flags family reads its
 * Unleash project's event log. `changes` is null when they are unknown (the project could
 * not be read, or no such entity); a service without the `unleash.io/project` annotation has
 * no Unleash project and so no flag changes (`[]`, state `never`).
 *
 * @public
 */
export interface EntityFlagChanges {
  entityRef: string;
  project: string | null;
  changes: FlagChangeTime[] | null;
  state: MeasurementState;
}

/** `POST /changes/batch`: one item per entity ref, in the order asked. @public */
export type FlagChangesBatchResponse = Sourced<{ items: EntityFlagChanges[] }>;
