/**
 * Cost family backend: AWS Cost Explorer and Budgets joined with Prometheus request counts.
 *
 * @packageDocumentation
 */
export { costPlugin as default } from './plugin';
