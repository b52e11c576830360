import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DeploymentsBatchResponse,
  DeploymentsOverviewResponse,
  DeployHistoryResponse,
  DeploymentSummary,
  PartialError,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { DeploymentSource, DeployTarget } from '../sources/types';
import { ChangeEvents } from './ChangeEvents';
import { computeDora, DoraInput } from './dora';
import { targetOf } from './targets';
import { selectorOf } from '../sources/argocd/appIndex';
import { ANNOTATED_ENTITY_FIELDS } from '@runway/runway-node';

const NO_TARGET = 'No argocd/app-selector or argocd/app-name annotation';
const NO_APP = 'No ArgoCD application matches this entity';

export interface DeploymentsServiceOptions {
  catalog: CatalogService;
  source: DeploymentSource;
  /** Told when an upstream (an ArgoCD instance, CI) fails and the answer is partial. */
  logger?: LoggerService;
  now?: () => Date;
  /** Incidents and flag changes for DORA; without it DORA uses paging alerts only. */
  changeEvents?: ChangeEvents;
  /** A change followed by an incident this soon counts as failed (default 1). */
  failureWindowHours?: number;
}

/** The Deployments family's logic; it does not care which source serves the data. */
export class DeploymentsService {
  private readonly now: () => Date;

  constructor(private readonly options: DeploymentsServiceOptions) {
    this.now = options.now ?? (() => new Date(Date.now()));
  }

  async overview(
    entityRef: string,
    windowDays: number,
    credentials: BackstageCredentials,
  ): Promise<DeploymentsOverviewResponse> {
    const target = await this.target(entityRef, credentials);
    const { source, byEntity, errors } = await this.options.source.list([
      target,
    ]);
    const current = byEntity.get(target.entityRef) ?? {
      environments: [],
      history: [],
    };
    const partial: PartialError[] = [...errors];
    const events = this.options.changeEvents;
    const [details, latestRun, alerts, incidents, flagChangeTimes] =
      await Promise.all([
        this.options.source.details(target, current),
        this.options.source.latestRun(target).catch(e => {
          partial.push({ upstream: 'CI', message: (e as Error).message });
          return undefined;
        }),
        this.options.source
          .pageAlertTimes([target])
          .then(times => times.get(target.entityRef) ?? []),
        events?.incidents([target.entityRef]),
        events?.flagChangeTimes([target.entityRef]),
      ]);
    const history = current.history.map(d =>
      !d.commitAt && details.commitTimes[d.revision]
        ? { ...d, commitAt: details.commitTimes[d.revision] }
        : d,
    );
    return {
      source,
      data: {
        entityRef: target.entityRef,
        environments: current.environments,
        rollouts: details.rollouts,
        history,
        ...(latestRun ? { latestRun } : {}),
        dora: computeDora(
          [
            {
              deploys: history,
              pageAlertTimes: alerts,
              incidents: incidents?.ok
                ? incidents.byEntity.get(target.entityRef)
                : undefined,
              flagChangeTimes: flagChangeTimes?.get(target.entityRef),
            },
          ],
          this.doraOptions(windowDays, incidents),
        ),
        errors: this.logged('overview', [...partial, ...details.errors]),
      },
    };
  }

  private doraOptions(
    windowDays: number,
    incidents: Awaited<ReturnType<ChangeEvents['incidents']>> | undefined,
  ) {
    let incidentsUnavailable: string | undefined;
    if (!incidents)
      incidentsUnavailable = 'the on-call family is not consulted';
    else if (!incidents.ok) incidentsUnavailable = incidents.reason;
    return {
      now: this.now(),
      windowDays,
      alertWindowHours: this.options.failureWindowHours,
      incidentsUnavailable,
    };
  }

  /** Partial answers are served, and said once in the logs per request. */
  private logged(route: string, errors: PartialError[]): PartialError[] {
    for (const e of errors) {
      this.options.logger?.warn(
        `deployments ${route}: ${e.upstream} failed, answer is partial: ${e.message}`,
      );
    }
    return errors;
  }

  async history(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<DeployHistoryResponse> {
    const target = await this.target(entityRef, credentials);
    const { source, byEntity } = await this.options.source.list([target]);
    return {
      source,
      data: {
        entityRef: target.entityRef,
        history: byEntity.get(target.entityRef)?.history ?? [],
      },
    };
  }

  /** Many entities for the cost of one list call per ArgoCD instance: no per-entity calls. */
  async batch(
    entityRefs: string[],
    windowDays: number,
    credentials: BackstageCredentials,
  ): Promise<DeploymentsBatchResponse> {
    // Only the ArgoCD match and the alert times need the entities: the app lists, the
    // incidents and the flag changes are read with the catalog read, not after it.
    const read = this.options.catalog
      .getEntitiesByRefs(
        { entityRefs, fields: ANNOTATED_ENTITY_FIELDS },
        { credentials },
      )
      .then(({ items }) => {
        const targets = new Map<string, DeployTarget | undefined>();
        items.forEach((entity, i) =>
          targets.set(
            entityRefs[i],
            entity ? targetOf(entity as Entity) : undefined,
          ),
        );
        const known = [...targets.values()].filter(
          (t): t is DeployTarget => !!t,
        );
        return { items, targets, known };
      });
    const known = read.then(r => r.known);
    // One incidents call and one flag changes call for the whole batch, whatever its size:
    // the same answers the overview reads for one entity, so batch and entity DORA agree.
    const [
      { items, targets },
      { source, byEntity, errors },
      alertTimes,
      incidents,
      flagTimes,
    ] = await Promise.all([
      read,
      this.options.source.list(known),
      known.then(k => this.options.source.pageAlertTimes(k)),
      this.options.changeEvents?.incidents(entityRefs),
      this.options.changeEvents?.flagChangeTimes(entityRefs),
    ]);
    const opts = this.doraOptions(windowDays, incidents);
    const inputs: DoraInput[] = [];
    const summaries: DeploymentSummary[] = [];
    for (const [i, entity] of items.entries()) {
      const ref = entityRefs[i];
      const target = targets.get(ref);
      const found = target && byEntity.get(target.entityRef);
      if (!found) {
        let error = NO_APP;
        if (!entity) error = 'Entity not found';
        else if (!target) error = NO_TARGET;
        else error = selectorError(target) ?? NO_APP;
        summaries.push({ entityRef: ref, dora: computeDora([], opts), error });
        continue;
      }
      const input: DoraInput = {
        deploys: found.history,
        pageAlertTimes: alertTimes.get(target.entityRef) ?? [],
        // Keyed by the refs they were asked with.
        incidents: incidents?.ok ? incidents.byEntity.get(ref) : undefined,
        flagChangeTimes: flagTimes?.get(ref),
      };
      inputs.push(input);
      summaries.push({
        entityRef: ref,
        prod: found.environments.find(e => e.environment === 'prod'),
        lastDeploy: found.history[found.history.length - 1],
        dora: computeDora([input], opts),
      });
    }
    return {
      source,
      data: {
        items: summaries,
        dora: computeDora(inputs, opts),
        errors: this.logged('batch', errors),
      },
    };
  }

  async sync(
    entityRef: string,
    environment: string,
    credentials: BackstageCredentials,
  ): Promise<SyncResult> {
    return this.options.source.sync(
      await this.target(entityRef, credentials),
      environment,
    );
  }

  async rollback(
    entityRef: string,
    environment: string,
    historyId: number,
    credentials: BackstageCredentials,
  ): Promise<SyncResult> {
    return this.options.source.rollback(
      await this.target(entityRef, credentials),
      environment,
      historyId,
    );
  }

  private async target(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<DeployTarget> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${entityRef}`);
    const target = targetOf(entity);
    if (!target) throw new NotFoundError(`${entityRef}: ${NO_TARGET}`);
    const invalid = selectorError(target);
    if (invalid) throw new InputError(`${entityRef}: ${invalid}`);
    return target;
  }
}

/** Why an entity's `argocd/app-selector` cannot be used, or undefined when it can. */
function selectorError(target: DeployTarget): string | undefined {
  if (!target.selector || target.appName) return undefined;
  try {
    selectorOf(target.selector);
    return undefined;
  } catch (e) {
    return `argocd/app-selector: ${(e as Error).message}`;
  }
}
