/**
 * Types shared by the ADR frontend and backend.
 *
 * @packageDocumentation
 */

export * from './types';
