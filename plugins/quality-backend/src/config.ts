import { Config } from '@backstage/config';
import { DEFAULT_REPORT_MAX_BYTES } from '@runway/runway-node';

/** Everything the quality family reads from config besides its source. */
export interface QualitySettings {
  /** Largest accepted report body, in bytes (`quality.ingest.maxBytes`, default 10 MiB). */
  maxReportBytes: number;
}

export function readQualityConfig(config: Config): QualitySettings {
  return {
    maxReportBytes:
      config.getOptionalNumber('quality.ingest.maxBytes') ??
      DEFAULT_REPORT_MAX_BYTES,
  };
}
