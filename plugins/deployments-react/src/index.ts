/**
 * The Deployments API as other Runway plugins see it: its ref and type, so the SLO deploy
 * markers and the on-call "last deploys" read deployments without importing the
 * deployments plugin.
 *
 * @packageDocumentation
 */

export { deploymentsApiRef } from './api/DeploymentsApi';
export type { DeploymentsApi } from './api/DeploymentsApi';
