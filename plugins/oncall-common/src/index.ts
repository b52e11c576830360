/**
 * Types shared by the on-call frontend and backend.
 *
 * @packageDocumentation
 */

export * from './types';
