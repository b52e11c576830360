/**
 * Cost family frontend: the "Cost" entity tab, the team cost tab and the overview card.
 *
 * @packageDocumentation
 */
export { costPlugin as default } from './plugin';
export { costApiRef } from './api/CostApi';
export type { CostApi } from './api/CostApi';
export { CostClient } from './api/CostClient';
