/**
 * Types and permissions shared by the cost frontend and backend.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './types';
export * from './tags';
