/**
 * Runway's permission policy.
 *
 * @packageDocumentation
 */

export { permissionModuleRunwayPolicy as default } from './module';
