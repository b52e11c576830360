/**
 * The Sloth `prometheus/v1` spec schema the SLO backend reads and the scaffolder generates
 * rules from. (The Prometheus client is `@runway/runway-node`'s.)
 *
 * @packageDocumentation
 */

export * from './sloth/slothSpec';
export * from './sloth/readSlothSpec';
