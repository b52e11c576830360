/**
 * The scorecard's answer, shared by its backend and frontend.
 *
 * @packageDocumentation
 */

export * from './types';
