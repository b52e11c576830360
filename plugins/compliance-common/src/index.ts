/**
 * Types and permissions shared by the compliance frontend and backend.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './types';
