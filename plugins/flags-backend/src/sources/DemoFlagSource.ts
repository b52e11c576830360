import {
  demoFlagChanges,
  demoFlags,
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
 * The demo world's flags: one Unleash project per demo service, named after it (as the
 * services' `unleash.io/project` annotation says). A project the world does not know has no
 * flags, as an empty Unleash project would.
 */
export class DemoFlagSource extends DemoWorldSource implements FlagSource {
  async project(project: string): Promise<ProjectFlags> {
    const world = this.world();
    const service = world.services.find(s => s.name === project);
    if (!service) return { flags: [], changes: [] };
    const changes: FlagChange[] = demoFlagChanges(world, service).map(c => ({
      id: c.id,
      flag: c.flag,
      environment: c.environment,
      type: c.type,
      createdAt: c.createdAt,
      createdBy: c.createdBy,
      summary: summary(c),
    }));
    const flags = demoFlags(world, service).map(f => ({
      name: f.name,
      project: f.project,
      type: f.type,
      stale: f.stale,
      createdAt: f.createdAt,
      lastChangedAt: changes.find(c => c.flag === f.name)?.createdAt ?? null,
      environments: f.environments.map(e => ({ ...e })),
    }));
    return { flags, changes };
  }
}
