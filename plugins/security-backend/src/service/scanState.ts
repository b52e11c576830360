import { ScanState } from '@runway/plugin-security-common';
import { ScanStatus, ServiceScanRecord } from './FindingStore';

/** Origins of CI reports (`report:<format>:<scanner>`, see ingest/ReportIngester.ts). */
const REPORT_ORIGIN_PREFIX = 'report:';

function latest(values: Array<string | undefined>): string | undefined {
  return values
    .filter((v): v is string => !!v)
    .sort()
    .pop();
}

/**
 * A service's scan state from its latest scheduled attempt (`security_service_scans`) and
 * its streams (`security_scans`, which CI reports also write). No row and no stream that
 * ever answered is `never`: zero findings then means nothing, not "clean".
 */
export function scanStateOf(
  service: ServiceScanRecord | undefined,
  streams: ScanStatus[],
): ScanState {
  // The service row already sums up the scheduled streams (a success there means every
  // stream answered); a stream of its own only adds CI reports, which are complete scans.
  const own = service
    ? streams.filter(s => s.origin.startsWith(REPORT_ORIGIN_PREFIX))
    : streams;
  const lastSuccessAt = latest([
    service?.lastSuccessAt,
    ...own.map(s => s.lastSuccessAt),
  ]);
  const success = lastSuccessAt ? { lastSuccessAt } : {};
  if (service?.lastError) {
    return {
      state: 'failed',
      at: service.lastAttemptAt,
      error: service.lastError,
      ...success,
    };
  }
  if (!service) {
    // No scheduled attempt recorded yet: only reports (or older per-stream rows) can tell.
    const failed = streams
      .filter(s => s.error)
      .sort((a, b) => b.lastAttemptAt.localeCompare(a.lastAttemptAt))[0];
    if (failed && !(lastSuccessAt && lastSuccessAt >= failed.lastAttemptAt)) {
      return {
        state: 'failed',
        at: failed.lastAttemptAt,
        error: `${failed.origin}: ${failed.error}`,
        ...success,
      };
    }
  }
  if (lastSuccessAt) return { state: 'ok', at: lastSuccessAt, lastSuccessAt };
  return { state: 'never' };
}
