/**
 * Node.js library of the SLO family. The Prometheus client every family shares is
 * `@runway/runway-node`'s (`HttpPrometheusClient`).
 *
 * @packageDocumentation
 */

export {};
