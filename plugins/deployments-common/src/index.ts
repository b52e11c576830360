/**
 * Types and permissions shared by the deployments frontend and backend.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './types';
