/**
 * Types and permissions shared by the security frontend and backend.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './permissions';
