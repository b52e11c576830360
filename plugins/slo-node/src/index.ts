/**
 * Runway's Prometheus HTTP API client, shared by every family that reads Prometheus
 * (SLO, cost per request, on-call).
 *
 * @packageDocumentation
 */

export * from './PrometheusClient';
