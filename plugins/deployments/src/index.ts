/**
 * The Deployments family's frontend: the entity tab and card, and the API other families
 * (SLO deploy markers, scorecard) use to read deployments.
 *
 * @packageDocumentation
 */

export { deploymentsPlugin as default } from './plugin';
export { deploymentsApiRef } from './api/DeploymentsApi';
export type { DeploymentsApi } from './api/DeploymentsApi';
export { DeploymentsClient } from './api/DeploymentsClient';
