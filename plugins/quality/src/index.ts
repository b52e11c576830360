/**
 * Quality frontend: the entity tab and overview card.
 *
 * @packageDocumentation
 */
export { qualityPlugin as default } from './plugin';
export { qualityApiRef, type QualityApi } from './api/QualityApi';
export { QualityClient } from './api/QualityClient';
