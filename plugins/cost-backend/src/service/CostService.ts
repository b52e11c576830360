import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  BatchCostItem,
  BatchCostResponse,
  BatchTeamCostResponse,
  COST_TAGS_ANNOTATION,
  costTagValue,
  costReadPermission,
  EntityCost,
} from '@runway/plugin-cost-common';
import { SourceInfo } from '@runway/runway-common';
import { mayRead, ANNOTATED_ENTITY_FIELDS } from '@runway/runway-node';
import { summaryOf } from './buildRecords';
import { CostStore, RefreshState } from './CostStore';
import { teamCost } from './teamCost';

/**
 * Answers page views from the stored refresh only: no Cost Explorer call ever happens
 * here. Each request makes one permission call (batched over all entities concerned)
 * and one catalog call.
 */
export class CostService {
  constructor(
    private readonly store: CostStore,
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly tagKey: string,
  ) {}

  async entityCost(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ source: SourceInfo; data: EntityCost }> {
    const ref = stringifyEntityRef(parseEntityRef(entityRef));
    const [allowed] = await this.allowed([ref], credentials);
    if (!allowed) {
      throw new NotAllowedError(`You may not read the cost of ${ref}`);
    }
    const source = await this.source();
    const entity = await this.catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${ref}`);
    const tag = costTagValue(entity, this.tagKey);
    if (!tag)
      throw new NotFoundError(
        `${ref} has no ${COST_TAGS_ANNOTATION} annotation with a ${this.tagKey}= tag`,
      );
    const stored = (await this.store.services([tag])).get(tag);
    if (!stored)
      throw new NotFoundError(
        `No spend tagged ${this.tagKey}=${tag} in the last refresh`,
      );
    const { daily, byAwsService, budget } = stored;
    return {
      source,
      data: {
        ...summaryOf(ref, stored),
        currency: 'USD',
        daily,
        byAwsService,
        budget,
      },
    };
  }

  async batch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<BatchCostResponse> {
    const refs = entityRefs.map(r => stringifyEntityRef(parseEntityRef(r)));
    const source = await this.source();
    const allowed = await this.allowed(refs, credentials);
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ANNOTATED_ENTITY_FIELDS },
      { credentials },
    );
    const tags = items.map(e => (e ? costTagValue(e, this.tagKey) : undefined));
    const stored = await this.store.figures(
      tags.filter((t): t is string => !!t),
    );
    const batch = refs.map((entityRef, i): BatchCostItem => {
      if (!allowed[i]) return { entityRef, status: 'forbidden' };
      if (!items[i]) return { entityRef, status: 'not-found' };
      const found = tags[i] ? stored.get(tags[i]!) : undefined;
      return found
        ? { entityRef, status: 'ok', summary: summaryOf(entityRef, found) }
        : { entityRef, status: 'untracked' };
    });
    return { source, data: { items: batch } };
  }

  async teamCosts(
    teamRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<BatchTeamCostResponse> {
    const teams = teamRefs.map(r =>
      stringifyEntityRef(parseEntityRef(r, { defaultKind: 'group' })),
    );
    const source = await this.source();
    const state = (await this.store.state())!;
    const { items } = await this.catalog.getEntities(
      {
        filter: teams.map(t => ({ kind: 'Component', 'relations.ownedBy': t })),
      },
      { credentials },
    );
    const refs = items.map(e => stringifyEntityRef(e));
    const allowed = await this.allowed(refs, credentials);
    const tags = items.map(e => costTagValue(e, this.tagKey));
    const stored = await this.store.services(
      tags.filter((t): t is string => !!t),
    );
    const batch = teams.map(team => {
      const members = items
        .map((entity, i) => ({
          entity,
          ref: refs[i],
          allowed: allowed[i],
          tag: tags[i],
        }))
        .filter(m =>
          m.entity.relations?.some(
            r =>
              r.type === 'ownedBy' &&
              r.targetRef.toLocaleLowerCase('en-US') ===
                team.toLocaleLowerCase('en-US'),
          ),
        );
      const visible = members.flatMap(m => {
        const found = m.allowed && m.tag ? stored.get(m.tag) : undefined;
        return found ? [{ ref: m.ref, stored: found }] : [];
      });
      return teamCost(
        team,
        visible,
        members.length - visible.length,
        state.account,
      );
    });
    return { source, data: { items: batch } };
  }

  private allowed(refs: string[], credentials: BackstageCredentials) {
    return mayRead(this.permissions, costReadPermission, refs, credentials);
  }

  private async source(): Promise<SourceInfo> {
    const state: RefreshState | undefined = await this.store.state();
    if (!state?.fetchedAt) {
      throw new ServiceUnavailableError(
        state?.error
          ? `Cost data could not be collected yet: ${state.error}`
          : 'Cost data is being collected; the first refresh has not finished yet',
      );
    }
    return {
      kind: state.sourceKind,
      name: state.sourceName,
      // A failed attempt keeps the older data: it is stale from then on.
      stale: state.stale,
      fetchedAt: state.fetchedAt,
      ...(state.error ? { error: state.error } : {}),
    };
  }
}
