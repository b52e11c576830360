import { DataSourceKind } from '@runway/runway-common';
import { Flag, FlagChange } from '@runway/plugin-flags-common';

/** Everything Runway shows about one Unleash project: its flags and its latest changes. */
export interface ProjectFlags {
  flags: Flag[];
  /** Newest first. */
  changes: FlagChange[];
}

/**
 * One per upstream: Unleash's Admin API (live) or the demo world. `project` must cost a
 * bounded number of upstream calls whatever the number of flags in the project (the live
 * source: 2 + one per environment), so a page costs the same for 3 flags or 300.
 */
export interface FlagSource {
  readonly kind: DataSourceKind;
  readonly name: string;
  project(project: string): Promise<ProjectFlags>;
}
