/**
 * Where a service stands with a source that measures it on a schedule or from reports CI
 * posts: never measured, the latest attempt failed (and why), or measured at a time. The
 * three are different states in the API, the UI (grey for the first two) and the scorecard
 * (no data): zero findings or zero failing controls from a source that never answered says
 * nothing.
 *
 * @public
 */
export interface MeasurementState {
  state: 'never' | 'failed' | 'ok';
  /** Time of the latest attempt (`failed`) or of the latest success (`ok`); absent when `never`. */
  at?: string;
  /** Why the latest attempt failed, safe to show (`failed` only). */
  error?: string;
  /** Latest success, when there was one before a failure (its data is served as stale). */
  lastSuccessAt?: string;
}
