import { fetchJson, ResponseSchema, UpstreamError } from '@runway/runway-node';
import { Rollout } from '@runway/plugin-deployments-common';
import {
  applicationListSchema,
  operationAnswerSchema,
  resourceSchema,
  resourceTreeSchema,
  revisionMetadataSchema,
  rolloutManifestSchema,
} from './schema';
import { AppRecord, toAppRecord } from './appRecord';

export interface ArgoCdInstanceConfig {
  name: string;
  url: string;
  token: string;
  /** Only apps of these ArgoCD projects are listed; all apps when absent. */
  projects?: string[];
}

/**
 * One ArgoCD instance's REST API (`/api/v1`), bearer-token authenticated, every call
 * bounded by a timeout through fetchJson.
 */
export class ArgoCdClient {
  readonly upstream: string;
  private readonly base: string;

  constructor(
    readonly instance: ArgoCdInstanceConfig,
    private readonly timeoutMs: number,
  ) {
    this.upstream = `ArgoCD ${instance.name}`;
    this.base = instance.url.replace(/\/+$/, '');
  }

  /**
   * Every Application of the instance (or of its configured projects), in ONE call.
   * No label is assumed: real apps carry whatever labels their teams chose, so entities
   * are matched in memory by their full `argocd/app-selector` or `argocd/app-name`.
   *
   * Whole Applications, no `fields`: ArgoCD selects list fields from a fixed table only
   * (`appFields`, server/application), which has neither `status.history` nor
   * `spec.project` nor `status.sync.revision`, and drops every name outside it. A trimmed
   * list reads as apps that never deployed.
   */
  async listApps(): Promise<AppRecord[]> {
    const query = new URLSearchParams();
    for (const project of this.instance.projects ?? []) {
      query.append('projects', project);
    }
    const search = query.size ? `?${query}` : '';
    const list = await this.get(
      `/api/v1/applications${search}`,
      applicationListSchema,
    );
    return (list.items ?? []).map(app => toAppRecord(this.instance.name, app));
  }

  /** The rollout under way in an app, from its resource tree and the Rollout's live state. */
  async rollout(app: AppRecord): Promise<Rollout | undefined> {
    const tree = await this.get(
      `/api/v1/applications/${encodeURIComponent(
        app.name,
      )}/resource-tree${this.appNs(app, '?')}`,
      resourceTreeSchema,
    );
    const node = (tree.nodes ?? []).find(
      n => n.kind === 'Rollout' && n.group === 'argoproj.io',
    );
    // A Healthy Rollout has nothing in flight; skip the second call.
    if (!node || node.health?.status === 'Healthy') return undefined;
    const query = new URLSearchParams({
      resourceName: node.name,
      namespace: node.namespace ?? '',
      kind: 'Rollout',
      group: 'argoproj.io',
      version: node.version ?? 'v1alpha1',
    });
    const resource = await this.get(
      `/api/v1/applications/${encodeURIComponent(
        app.name,
      )}/resource?${query}${this.appNs(app, '&')}`,
      resourceSchema,
    );
    let manifest: unknown;
    try {
      manifest = JSON.parse(resource.manifest);
    } catch {
      throw new UpstreamError(
        `${this.upstream} returned a malformed Rollout manifest`,
      );
    }
    const parsed = rolloutManifestSchema.safeParse(manifest);
    if (!parsed.success) {
      throw new UpstreamError(
        `${this.upstream} returned an unexpected Rollout manifest`,
      );
    }
    const { spec, status } = parsed.data;
    const phase = status?.phase ?? node.health?.status ?? 'Unknown';
    if (spec.strategy.blueGreen) {
      return {
        environment: app.environment,
        app: app.name,
        strategy: 'blueGreen',
        phase,
        activeHash: status?.blueGreen?.activeSelector,
        previewHash: status?.blueGreen?.previewSelector,
      };
    }
    const steps = spec.strategy.canary?.steps ?? [];
    const index = status?.currentStepIndex ?? 0;
    // Without traffic routing ArgoCD reports no weight: the last setWeight reached is it.
    const reached = steps
      .slice(0, index + 1)
      .filter(s => s.setWeight !== undefined);
    const weight =
      status?.canary?.weights?.canary.weight ?? reached.pop()?.setWeight ?? 0;
    return {
      environment: app.environment,
      app: app.name,
      strategy: 'canary',
      phase,
      step: Math.min(index + 1, steps.length),
      totalSteps: steps.length,
      weight,
    };
  }

  async commitTime(
    app: AppRecord,
    revision: string,
  ): Promise<string | undefined> {
    const meta = await this.get(
      `/api/v1/applications/${encodeURIComponent(
        app.name,
      )}/revisions/${encodeURIComponent(revision)}/metadata${this.appNs(
        app,
        '?',
      )}`,
      revisionMetadataSchema,
    );
    return meta.date;
  }

  async sync(app: AppRecord): Promise<void> {
    await this.post(
      `/api/v1/applications/${encodeURIComponent(app.name)}/sync`,
      {
        prune: false,
        dryRun: false,
        ...(app.namespace ? { appNamespace: app.namespace } : {}),
      },
    );
  }

  async rollback(app: AppRecord, historyId: number): Promise<void> {
    await this.post(
      `/api/v1/applications/${encodeURIComponent(app.name)}/rollback`,
      {
        id: historyId,
        prune: false,
        dryRun: false,
        ...(app.namespace ? { appNamespace: app.namespace } : {}),
      },
    );
  }

  private appNs(app: AppRecord, joiner: '?' | '&') {
    return app.namespace
      ? `${joiner}appNamespace=${encodeURIComponent(app.namespace)}`
      : '';
  }

  private get<T>(path: string, schema: ResponseSchema<T>) {
    return fetchJson(`${this.base}${path}`, {
      upstream: this.upstream,
      labels: { family: 'deployments' },
      schema,
      timeoutMs: this.timeoutMs,
      init: { headers: { Authorization: `Bearer ${this.instance.token}` } },
    });
  }

  private post(path: string, body: object) {
    return fetchJson(`${this.base}${path}`, {
      upstream: this.upstream,
      labels: { family: 'deployments' },
      schema: operationAnswerSchema,
      timeoutMs: this.timeoutMs,
      init: {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.instance.token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      },
    });
  }
}
