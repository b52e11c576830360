import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readHeader, readPositiveNumber } from '../dataSource';
import { fetchJson, UpstreamError } from '../fetchJson';
import { z } from 'zod/v3';
import { UpstreamLabels } from '../metrics/upstreamMetrics';

/** One series of an instant query: labels and `[unixSeconds, "value"]`. @public */
export interface PromVectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** One series of a range query. @public */
export interface PromMatrixSeries {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

/** An alert as `/api/v1/alerts` documents it. @public */
export interface PromAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'firing' | 'pending' | 'inactive';
  activeAt?: string;
  value?: string;
}

/** @public */
export interface PrometheusClient {
  /**
   * Instant query (`/api/v1/query`), result type vector. `signal` cancels it: Prometheus
   * stops evaluating a query whose client went away.
   */
  query(
    promql: string,
    time?: Date,
    signal?: AbortSignal,
  ): Promise<PromVectorSample[]>;
  /** Range query (`/api/v1/query_range`); the step is chosen by the caller. */
  queryRange(
    promql: string,
    start: Date,
    end: Date,
    stepSeconds: number,
  ): Promise<PromMatrixSeries[]>;
  /** Firing and pending alerts (`/api/v1/alerts`). */
  alerts(): Promise<PromAlert[]>;
}

/** Prometheus refuses range queries of more than 11,000 points per series. @public */
export const PROMETHEUS_MAX_POINTS = 11_000;

const sample = z.tuple([z.number(), z.string()]);
const envelope = <T extends z.ZodTypeAny>(data: T) =>
  z.object({ status: z.literal('success'), data });
const vectorSchema = envelope(
  z.object({
    resultType: z.literal('vector'),
    result: z.array(z.object({ metric: z.record(z.string()), value: sample })),
  }),
);
const matrixSchema = envelope(
  z.object({
    resultType: z.literal('matrix'),
    result: z.array(
      z.object({ metric: z.record(z.string()), values: z.array(sample) }),
    ),
  }),
);
const alertsSchema = envelope(
  z.object({
    alerts: z.array(
      z.object({
        labels: z.record(z.string()),
        annotations: z.record(z.string()).default({}),
        state: z.enum(['firing', 'pending', 'inactive']),
        activeAt: z.string().optional(),
        value: z.string().optional(),
      }),
    ),
  }),
);
const errorSchema = z.object({
  status: z.literal('error'),
  errorType: z.string(),
  error: z.string(),
});

/**
 * Reads `prometheus.url`, `prometheus.authHeader` and `prometheus.timeoutMs` once, for a
 * family's `config.ts` (call it only when `prometheus.url` is set).
 *
 * @public
 */
export function readPrometheusOptions(
  config: Config,
): HttpPrometheusClientOptions {
  return {
    baseUrl: config.getString('prometheus.url'),
    headers: readHeader(config, 'prometheus.authHeader'),
    timeoutMs: readPositiveNumber(config, 'prometheus.timeoutMs', 10_000),
  };
}

/** @public */
export interface HttpPrometheusClientOptions {
  baseUrl: string;
  /** e.g. `Authorization: Bearer …`; never sent to the browser. */
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** What its calls are counted under; the upstream is `prometheus` unless set. */
  labels?: Partial<UpstreamLabels>;
}

/**
 * Prometheus' HTTP API over fetch, with a timeout on every call. Queries go as POST form
 * bodies so long batched PromQL never hits URL length limits. Prometheus' own 400/422
 * answers (bad query, too many points) become `InputError` with Prometheus' message; an
 * outage (503, timeout, garbage) becomes `UpstreamError`.
 *
 * @public
 */
export class HttpPrometheusClient implements PrometheusClient {
  /** @param labels - e.g. `{ family: 'slo' }`: what its calls are counted under */
  static fromConfig(
    config: Config,
    labels?: Partial<UpstreamLabels>,
  ): HttpPrometheusClient {
    return new HttpPrometheusClient({
      ...readPrometheusOptions(config),
      labels,
    });
  }

  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly labels: Partial<UpstreamLabels>;

  constructor(private readonly options: HttpPrometheusClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.labels = { upstream: 'prometheus', ...options.labels };
  }

  async query(
    promql: string,
    time?: Date,
    signal?: AbortSignal,
  ): Promise<PromVectorSample[]> {
    const params: Record<string, string> = { query: promql };
    if (time) params.time = String(time.getTime() / 1000);
    const body = await this.post('/api/v1/query', params, vectorSchema, signal);
    return body.data.result;
  }

  async queryRange(
    promql: string,
    start: Date,
    end: Date,
    stepSeconds: number,
  ): Promise<PromMatrixSeries[]> {
    const points =
      Math.floor((end.getTime() - start.getTime()) / 1000 / stepSeconds) + 1;
    if (points > PROMETHEUS_MAX_POINTS) {
      throw new InputError(
        `range query would return ${points} points per series; Prometheus allows ${PROMETHEUS_MAX_POINTS}`,
      );
    }
    const body = await this.post(
      '/api/v1/query_range',
      {
        query: promql,
        start: String(start.getTime() / 1000),
        end: String(end.getTime() / 1000),
        step: String(stepSeconds),
      },
      matrixSchema,
    );
    return body.data.result;
  }

  async alerts(): Promise<PromAlert[]> {
    const body = await fetchJson(`${this.baseUrl}/api/v1/alerts`, {
      upstream: 'Prometheus',
      schema: alertsSchema,
      timeoutMs: this.timeoutMs,
      init: { headers: this.options.headers },
      labels: this.labels,
    });
    return body.data.alerts as PromAlert[];
  }

  private async post<T>(
    path: string,
    params: Record<string, string>,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    signal?: AbortSignal,
  ): Promise<T> {
    const init: RequestInit = {
      method: 'POST',
      headers: {
        ...this.options.headers,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(params).toString(),
    };
    try {
      return await fetchJson(`${this.baseUrl}${path}`, {
        upstream: 'Prometheus',
        schema,
        timeoutMs: this.timeoutMs,
        signal,
        init,
        labels: this.labels,
      });
    } catch (error) {
      if (
        error instanceof UpstreamError &&
        (error.upstreamStatus === 400 || error.upstreamStatus === 422)
      ) {
        throw explainBadQuery(error);
      }
      throw error;
    }
  }
}

/**
 * Prometheus refused a query (HTTP 400/422): bad PromQL, or a range asking for more than
 * 11,000 points per series. Still an `InputError` (400), with Prometheus' reason kept.
 *
 * @public
 */
export class PrometheusQueryError extends InputError {
  /** Prometheus' `errorType`, e.g. `bad_data` or `execution`. */
  readonly errorType: string;
  /** True when Prometheus refused the range for its 11,000-point limit. */
  readonly tooManyPoints: boolean;

  constructor(errorType: string, reason: string) {
    super(`Prometheus rejected the query (${errorType}): ${reason}`);
    this.errorType = errorType;
    this.tooManyPoints = /exceeded maximum resolution/i.test(reason);
  }
}

/** Surfaces Prometheus' own reason for a 400/422 (bad PromQL, too many points). */
function explainBadQuery(error: UpstreamError): Error {
  try {
    const parsed = errorSchema.safeParse(JSON.parse(error.body ?? ''));
    if (parsed.success) {
      return new PrometheusQueryError(parsed.data.errorType, parsed.data.error);
    }
  } catch {
    // not JSON: keep the original error
  }
  return error;
}
