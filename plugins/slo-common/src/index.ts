/**
 * Types shared by the SLO frontend and backend, and the Sloth windows and burn-rate alert
 * table the scaffolder module generates rules from.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './windows';
