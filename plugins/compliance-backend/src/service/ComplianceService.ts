import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  complianceReadPermission,
  ComplianceEntityResponse,
  ComplianceSummariesResponse,
  ComplianceSummary,
  TeamComplianceResponse,
} from '@runway/plugin-compliance-common';
import { COST_TAGS_ANNOTATION, costTagValue } from '@runway/plugin-cost-common';
import { SourceInfo } from '@runway/runway-common';
import { mayRead, ANNOTATED_ENTITY_FIELDS } from '@runway/runway-node';
import { ComplianceStore, OriginState } from './ComplianceStore';
import { summarize, Targets, toSummary } from './summarize';

/**
 * Answers page views from the stored refresh only: no AWS call ever happens here. Each
 * request makes one permission call (batched over all its entities) and one catalog call.
 */
export class ComplianceService {
  constructor(
    private readonly store: ComplianceStore,
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly tagKey: string,
    private readonly targets: Targets,
  ) {}

  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ComplianceEntityResponse> {
    const ref = stringifyEntityRef(parseEntityRef(entityRef));
    const [allowed] = await this.allowed([ref], credentials);
    if (!allowed) {
      throw new NotAllowedError(`You may not read the compliance of ${ref}`);
    }
    const states = await this.states();
    const entity = await this.catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${ref}`);
    const tag = costTagValue(entity, this.tagKey);
    if (!tag) {
      throw new NotFoundError(
        `${ref} has no ${COST_TAGS_ANNOTATION} annotation with a ${this.tagKey}= tag, so none of its AWS resources can be attributed to it`,
      );
    }
    const stored = (await this.store.results([tag])).get(tag);
    return {
      source: sourceInfo(states),
      data: summarize(ref, stored, states, this.targets),
    };
  }

  /** Summaries of the entities the viewer may read; forbidden and unknown ones are left out. */
  async batch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ComplianceSummariesResponse> {
    const refs = entityRefs.map(r => stringifyEntityRef(parseEntityRef(r)));
    const states = await this.states();
    const allowed = await this.allowed(refs, credentials);
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ANNOTATED_ENTITY_FIELDS },
      { credentials },
    );
    const summaries = await this.summaries(
      refs.flatMap((ref, i) =>
        allowed[i] && items[i] ? [{ ref, entity: items[i]! }] : [],
      ),
      states,
    );
    return { source: sourceInfo(states), data: { items: summaries } };
  }

  async team(
    teamRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamComplianceResponse> {
    const team = stringifyEntityRef(
      parseEntityRef(teamRef, { defaultKind: 'group' }),
    );
    const states = await this.states();
    const { items } = await this.catalog.getEntities(
      { filter: { kind: 'Component', 'relations.ownedBy': team } },
      { credentials },
    );
    const refs = items.map(e => stringifyEntityRef(e));
    const allowed = await this.allowed(refs, credentials);
    const services = await this.summaries(
      items.flatMap((entity, i) =>
        allowed[i] ? [{ ref: refs[i], entity }] : [],
      ),
      states,
    );
    const sum = (f: (s: ComplianceSummary) => number) =>
      services.reduce((n, s) => n + f(s), 0);
    const passedControls = sum(s => s.passedControls);
    const applicableControls = sum(s => s.applicableControls);
    const { rpoTargetMinutes, rtoTargetMinutes } = this.targets;
    return {
      source: sourceInfo(states),
      data: {
        teamRef: team,
        score: applicableControls ? passedControls / applicableControls : null,
        passedControls,
        applicableControls,
        rpoBreaches: services.filter(
          s =>
            s.backup &&
            (s.backup.rpoMinutes === null ||
              s.backup.rpoMinutes > rpoTargetMinutes),
        ).length,
        rtoBreaches: services.filter(
          s =>
            s.backup &&
            (s.backup.restoreMinutes === null ||
              s.backup.restoreMinutes > rtoTargetMinutes),
        ).length,
        services: services.sort(
          (a, b) =>
            (a.score ?? 2) - (b.score ?? 2) ||
            a.entityRef.localeCompare(b.entityRef),
        ),
        hidden: items.length - services.length,
      },
    };
  }

  private async summaries(
    members: Array<{ ref: string; entity: Entity }>,
    states: OriginState[],
  ): Promise<ComplianceSummary[]> {
    const tags = members.map(m => costTagValue(m.entity, this.tagKey));
    const stored = await this.store.results(
      tags.filter((t): t is string => !!t),
    );
    return members.map((m, i) =>
      toSummary(
        summarize(
          m.ref,
          // An untagged service has no resources we can attribute: nothing measured.
          tags[i] ? stored.get(tags[i]!) : undefined,
          tags[i] ? states : [],
          this.targets,
        ),
      ),
    );
  }

  private allowed(refs: string[], credentials: BackstageCredentials) {
    return mayRead(
      this.permissions,
      complianceReadPermission,
      refs,
      credentials,
    );
  }

  private async states(): Promise<OriginState[]> {
    const states = await this.store.states();
    if (states.length === 0) {
      throw new ServiceUnavailableError(
        'Compliance posture is being collected; the first refresh has not finished yet',
      );
    }
    return states;
  }
}

/** Provenance over the four sources: as fresh as the oldest, stale when any failed. */
export function sourceInfo(states: OriginState[]): SourceInfo {
  const successes = states.map(s => s.succeededAt);
  const fetchedAt = successes.every(Boolean)
    ? [...(successes as string[])].sort()[0]
    : [...states.map(s => s.attemptedAt)].sort().pop()!;
  const failed = states.filter(s => s.error);
  return {
    kind: states[0].sourceKind,
    name: states[0].sourceName,
    stale: failed.some(s => s.succeededAt),
    fetchedAt,
    ...(failed.length
      ? {
          error: failed
            .map(s => `${s.origin} failed at ${s.attemptedAt} (${s.error})`)
            .join('; '),
        }
      : {}),
  };
}
