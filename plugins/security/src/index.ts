/**
 * Security frontend: entity tab, entity card and the all-services page.
 *
 * @packageDocumentation
 */
export { securityPlugin as default } from './plugin';
export { securityApiRef, type SecurityApi } from './api/SecurityApi';
export { SecurityClient } from './api/SecurityClient';
