import {
  demoProjectFlags,
  DemoFlagChange,
  DemoWorldSource,
} from '@runway/demo-node';
import { FlagChange } from '@runway/plugin-flags-common';
import { FlagSource, ProjectFlags } from './types';

function summary(c: DemoFlagChange): string {
  const env = c.environment ? ` in ${c.environment}` : '';
  switch (c.type) {
    case 'feature-created':
      return 'created';
    case 'feature-environment-enabled':
      return `enabled${env}`;
    case 'feature-stale-on':
      return 'marked stale';
    default:
      return c.rollout
        ? `rollout ${c.rollout.from} % → ${c.rollout.to} %${env}`
        : `strategy updated${env}`;
  }
}

/**
 * The demo world's flags: one Unleash project per team (as the services' `unleash.io/project`
 * annotation says), each service's flags under its `unleash.io/feature-prefix`. A project the
 * world does not know has no flags, as an empty Unleash project would.
 */
export class DemoFlagSource extends DemoWorldSource implements FlagSource {
  async project(project: string): Promise<ProjectFlags> {
    const demo = demoProjectFlags(this.world(), project);
    const changes: FlagChange[] = demo.changes.map(c => ({
      id: c.id,
      flag: c.flag,
      environment: c.environment,
      type: c.type,
      createdAt: c.createdAt,
      createdBy: c.createdBy,
      summary: summary(c),
    }));
    // Newest first: the first change seen for a flag is its last.
    const lastChange = new Map<string, string>();
    for (const c of changes)
      if (!lastChange.has(c.flag)) lastChange.set(c.flag, c.createdAt);
    const flags = demo.flags.map(f => ({
      name: f.name,
      project: f.project,
      type: f.type,
      stale: f.stale,
      createdAt: f.createdAt,
      lastChangedAt: lastChange.get(f.name) ?? null,
      environments: f.environments.map(e => ({ ...e })),
    }));
    return { flags, changes };
  }
}
