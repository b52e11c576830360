import { Entity } from '@backstage/catalog-model';
import { demoFlagPrefix, demoUnleashProject } from './flags';
import { DemoService, DemoWorld } from './world';

/** The GitHub organisation the demo services pretend to live in. */
export const DEMO_GITHUB_ORG = 'runway-demo';
/** The ArgoCD instance name the demo services are annotated with. */
export const DEMO_ARGOCD_INSTANCE = 'main';

/**
 * The annotations of DESIGN.md for one service. Paths are relative to the service's
 * catalog-info.yaml, so the same files serve a folder in the demo and a repo in production.
 *
 * @public
 */
export function serviceAnnotations(
  service: Pick<DemoService, 'name' | 'owner'>,
): Record<string, string> {
  const { name } = service;
  return {
    'argocd/app-selector': `app.kubernetes.io/name=${name}`,
    'argocd/instance-name': DEMO_ARGOCD_INSTANCE,
    'backstage.io/kubernetes-id': name,
    // the chart's selector labels (ArgoCD's helm releaseName is the service name)
    'backstage.io/kubernetes-label-selector': `app.kubernetes.io/name=${name},app.kubernetes.io/instance=${name}`,
    'github.com/project-slug': `${DEMO_GITHUB_ORG}/${name}`,
    'runway.dev/slo-location': './slo/slo.yaml',
    'aws.amazon.com/cost-insights-tags': `service=${name}`,
    'runway.dev/ecr-repository': name,
    'backstage.io/adr-location': './docs/adr',
    'runway.dev/runbooks-location': './runbooks',
    // The team's Unleash project and the service's flags in it (flags family), and the
    // PagerDuty service the PagerDuty plugin's annotation names (incidents, on-call now).
    'unleash.io/project': demoUnleashProject(service),
    'unleash.io/feature-prefix': demoFlagPrefix(service),
    'pagerduty.com/service-id': demoPagerDutyServiceId(name),
  };
}

/**
 * A PagerDuty-shaped service id (`P` and six base-36 capitals), stable per service name.
 *
 * @public
 */
export function demoPagerDutyServiceId(name: string): string {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return `P${h.toString(36).toUpperCase().padStart(6, '0').slice(-6)}`;
}

/** @public */
export function userEntities(world: DemoWorld): Entity[] {
  // Guest sign-in in the embedded default lands here: an engineer of two teams (one with
  // the failed canary, one paging now) who also sits in leadership, so every dashboard,
  // the on-call view and the owner-only actions can be tried.
  const guest: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: 'guest',
      description: 'The demo visitor (guest sign-in)',
    },
    spec: {
      profile: { displayName: 'Demo Guest' },
      memberOf: [world.teams[0].name, world.teams[1].name, 'leadership'],
    },
  };
  return [
    guest,
    ...world.teams.flatMap(team =>
      team.members.map(member => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: member },
        spec: {
          profile: {
            displayName: member[0].toUpperCase() + member.slice(1),
            email: `${member}@runway.example`,
          },
          memberOf: [team.name],
        },
      })),
    ),
  ];
}

/** @public */
export function groupEntities(world: DemoWorld): Entity[] {
  const teams: Entity[] = world.teams.map(team => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: team.name, title: team.displayName },
    spec: { type: 'team', parent: 'engineering', children: [] },
  }));
  const leadership: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'leadership',
      description: 'Sees every service on the leadership dashboards',
    },
    spec: { type: 'leadership', children: [] },
  };
  const engineering: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'engineering', title: 'Engineering' },
    spec: { type: 'department', children: world.teams.map(t => t.name) },
  };
  return [engineering, leadership, ...teams];
}

/** @public */
export function systemEntities(world: DemoWorld): Entity[] {
  return world.systems.map(system => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: system.name, description: system.description },
    spec: { owner: system.owner },
  }));
}

/** @public */
export function serviceEntity(service: DemoService): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: service.name,
      description: service.description,
      tags: ['php', 'symfony'],
      annotations: serviceAnnotations(service),
      links: [
        {
          url: `https://github.com/${DEMO_GITHUB_ORG}/${service.name}`,
          title: 'Repository',
        },
      ],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: service.owner,
      system: service.system,
    },
  };
}
