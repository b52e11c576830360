/**
 * The Deployments family's frontend: the entity tab and card. Its API ref and type, which
 * other families use, live in `@runway/plugin-deployments-react`.
 *
 * @packageDocumentation
 */

export { deploymentsPlugin as default } from './plugin';
export { DeploymentsClient } from './api/DeploymentsClient';
