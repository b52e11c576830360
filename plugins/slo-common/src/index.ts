/**
 * Types shared by the SLO frontend and backend.
 *
 * @packageDocumentation
 */

export * from './types';
