import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityFlagChanges,
  EntityFlagsResponse,
  FlagChangesBatchResponse,
  FlagsSummariesResponse,
  FlagsSummary,
  TeamFlagsResponse,
  UNLEASH_FEATURE_PREFIX_ANNOTATION,
  UNLEASH_PROJECT_ANNOTATION,
} from '@runway/plugin-flags-common';
import { MeasurementState, SourceInfo } from '@runway/runway-common';
import {
  CachedResult,
  StaleCache,
  ANNOTATED_ENTITY_FIELDS,
} from '@runway/runway-node';
import { FlagSource, ProjectFlags } from '../sources/types';

/** Changes the entity answer carries (the tab and the timeline show the latest ones). */
const CHANGES_SHOWN = 30;

type Read =
  | { ok: true; result: CachedResult<ProjectFlags> }
  | { ok: false; error: string; at: string };

/** Which project, and which of its flags, an entity's annotations name. */
function target(entity: Entity) {
  const annotations = entity.metadata.annotations ?? {};
  const project = annotations[UNLEASH_PROJECT_ANNOTATION]?.trim() || null;
  const prefix = annotations[UNLEASH_FEATURE_PREFIX_ANNOTATION]?.trim() || '';
  return { project, prefix };
}

/**
 * Flags of one or many entities. Each Unleash project is read once per request (and cached
 * per project with stale-on-error), however many services share it, so a batch costs one
 * project read per distinct project, never one per service and flag.
 */
export class FlagsService {
  private readonly now: () => Date;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      source: FlagSource;
      cache: StaleCache;
      now?: () => Date;
    },
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityFlagsResponse> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${entityRef}`);
    const { project, prefix } = target(entity);
    if (!project) {
      return {
        source: this.sourceInfo([]),
        data: {
          summary: this.summary(entityRef, null, prefix, undefined),
          flags: [],
          changes: [],
        },
      };
    }
    // The entity view has nothing to show without Unleash: its failure is the answer (503).
    const result = await this.read(project);
    const mine = this.select(result.value, prefix);
    return {
      source: this.sourceInfo([{ ok: true, result }]),
      data: {
        summary: this.summary(entityRef, project, prefix, {
          ok: true,
          result,
        }),
        flags: mine.flags,
        changes: mine.changes.slice(0, CHANGES_SHOWN),
      },
    };
  }

  async batch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<FlagsSummariesResponse> {
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs, fields: ANNOTATED_ENTITY_FIELDS },
      { credentials },
    );
    const found = items.filter((e): e is Entity => Boolean(e));
    const { source, summaries } = await this.summaries(found);
    const missing: FlagsSummary[] = entityRefs
      .filter((_, i) => !items[i])
      .map(entityRef => ({
        ...this.summary(entityRef, null, '', undefined),
        state: { state: 'never', error: `No entity ${entityRef}` },
      }));
    return { source, data: { items: [...summaries, ...missing] } };
  }

  async team(
    teamRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamFlagsResponse> {
    const team = stringifyEntityRef(
      parseEntityRef(teamRef, { defaultKind: 'group' }),
    );
    const { items } = await this.options.catalog.getEntities(
      {
        filter: { kind: 'Component', 'relations.ownedBy': team },
        fields: ANNOTATED_ENTITY_FIELDS,
      },
      { credentials },
    );
    const { source, summaries } = await this.summaries(items);
    return { source, data: { team, items: summaries } };
  }

  /**
   * Flag change times of many entities (DORA's change failure rate), in the order asked,
   * from the same per-project reads and cache as the summaries: one Unleash project read per
   * distinct project, however many services share it.
   */
  async changes(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<FlagChangesBatchResponse> {
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs, fields: ANNOTATED_ENTITY_FIELDS },
      { credentials },
    );
    const reads = await this.readProjects(
      items.filter((e): e is Entity => Boolean(e)),
    );
    const answers = entityRefs.map((entityRef, i): EntityFlagChanges => {
      const entity = items[i];
      if (!entity) {
        return {
          entityRef,
          project: null,
          changes: null,
          state: { state: 'never', error: `No entity ${entityRef}` },
        };
      }
      const { project, prefix } = target(entity);
      // No Unleash project: nothing is changed through flags for this service.
      if (!project)
        return { entityRef, project, changes: [], state: { state: 'never' } };
      const read = reads.get(project)!;
      if (!read.ok) {
        return {
          entityRef,
          project,
          changes: null,
          state: { state: 'failed', at: read.at, error: read.error },
        };
      }
      const { changes } = this.select(read.result.value, prefix);
      return {
        entityRef,
        project,
        changes: changes.map(({ flag, environment, type, createdAt }) => ({
          flag,
          environment,
          type,
          createdAt,
        })),
        state: this.readState(read.result),
      };
    });
    return {
      source: this.sourceInfo([...reads.values()]),
      data: { items: answers },
    };
  }

  private async summaries(entities: Entity[]) {
    const reads = await this.readProjects(entities);
    const summaries = entities.map(entity => {
      const { project, prefix } = target(entity);
      return this.summary(
        stringifyEntityRef(entity),
        project,
        prefix,
        project ? reads.get(project) : undefined,
      );
    });
    return { source: this.sourceInfo([...reads.values()]), summaries };
  }

  /**
   * Each distinct project of `entities` read once, all asked at once: the source caps its own
   * concurrent upstream calls (Unleash's), so a batch never waits on rounds of projects.
   */
  private async readProjects(entities: Entity[]): Promise<Map<string, Read>> {
    const projects = [
      ...new Set(entities.map(e => target(e).project).filter(Boolean)),
    ] as string[];
    const reads = await Promise.all(
      projects.map(async (project): Promise<[string, Read]> => {
        try {
          return [project, { ok: true, result: await this.read(project) }];
        } catch (error) {
          return [
            project,
            {
              ok: false,
              error: (error as Error).message,
              at: this.now().toISOString(),
            },
          ];
        }
      }),
    );
    return new Map(reads);
  }

  private readState(result: CachedResult<ProjectFlags>): MeasurementState {
    return result.stale
      ? {
          state: 'failed',
          at: this.now().toISOString(),
          error: result.error,
          lastSuccessAt: result.fetchedAt,
        }
      : { state: 'ok', at: result.fetchedAt };
  }

  private read(project: string) {
    return this.options.cache.get(
      `project:${project}`,
      async () => (await this.options.source.project(project)) as any,
    ) as Promise<CachedResult<ProjectFlags>>;
  }

  private select(value: ProjectFlags, prefix: string): ProjectFlags {
    if (!prefix) return value;
    return {
      flags: value.flags.filter(f => f.name.startsWith(prefix)),
      changes: value.changes.filter(c => c.flag.startsWith(prefix)),
    };
  }

  private summary(
    entityRef: string,
    project: string | null,
    prefix: string,
    read: Read | undefined,
  ): FlagsSummary {
    const empty = {
      entityRef,
      project,
      total: null,
      stale: null,
      lastChangedAt: null,
    };
    if (!project) return { ...empty, state: { state: 'never' } };
    if (!read) return { ...empty, state: { state: 'never' } };
    if (!read.ok) {
      return {
        ...empty,
        state: { state: 'failed', at: read.at, error: read.error },
      };
    }
    const { flags } = this.select(read.result.value, prefix);
    const lastChangedAt =
      flags
        .map(f => f.lastChangedAt)
        .filter((t): t is string => Boolean(t))
        .sort()
        .pop() ?? null;
    return {
      entityRef,
      project,
      total: flags.length,
      stale: flags.filter(f => f.stale).length,
      lastChangedAt,
      state: this.readState(read.result),
    };
  }

  private sourceInfo(reads: Read[]): SourceInfo {
    const { kind, name } = this.options.source;
    const ok = reads.flatMap(r => (r.ok ? [r.result] : []));
    const failed = reads.flatMap(r => (r.ok ? [] : [r.error]));
    const staleErrors = ok.filter(r => r.stale).map(r => r.error ?? 'stale');
    const errors = [...new Set([...failed, ...staleErrors])];
    const fetchedAt =
      ok.map(r => r.fetchedAt).sort()[0] ?? this.now().toISOString();
    return {
      kind,
      name,
      stale: staleErrors.length > 0,
      fetchedAt,
      ...(errors.length ? { error: errors.join('; ') } : {}),
    };
  }
}
