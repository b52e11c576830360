// OpenTelemetry for the backend, as Backstage's "Setup OpenTelemetry" tutorial does it: loaded
// with `node --require` before anything else, so the meters Backstage and Runway take (upstream
// calls: runway_upstream_calls_total) find the SDK's provider. Only metrics, and only when
// asked: OTEL_METRICS_EXPORTER=prometheus serves them on OTEL_EXPORTER_PROMETHEUS_HOST:
// OTEL_EXPORTER_PROMETHEUS_PORT (localhost:9464) at /metrics; otherwise nothing starts or listens.
const { isMainThread } = require('node:worker_threads');

const wanted = (process.env.OTEL_METRICS_EXPORTER ?? '')
  .split(',')
  .map(s => s.trim());

// Worker threads load --require files too; one exporter per process.
if (isMainThread && wanted.includes('prometheus')) {
  const { NodeSDK } = require('@opentelemetry/sdk-node');
  const { PrometheusExporter } = require('@opentelemetry/exporter-prometheus');

  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'runway-backend',
    metricReaders: [
      new PrometheusExporter({
        host: process.env.OTEL_EXPORTER_PROMETHEUS_HOST,
        port: Number(process.env.OTEL_EXPORTER_PROMETHEUS_PORT) || undefined,
      }),
    ],
    // Metrics only: no trace or log pipeline is configured, so none is started.
    spanProcessors: [],
    logRecordProcessors: [],
  });
  sdk.start();
}
