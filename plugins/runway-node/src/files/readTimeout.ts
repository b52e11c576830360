/** How long one read of a file next to an entity (spec, runbook, ADR) may take. @public */
export const ENTITY_FILE_READ_TIMEOUT_MS = 10_000;

/**
 * Options for `urlReader.readUrl` / `readTree` that bound the read, so one hanging Git host
 * cannot hold a page up.
 *
 * @public
 */
export function entityFileReadOptions(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(ENTITY_FILE_READ_TIMEOUT_MS) };
}
