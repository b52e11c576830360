import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { SLO_LOCATION_ANNOTATION } from '@runway/plugin-slo-common';
import { readSlothSpec, SlothSlo } from '@runway/plugin-slo-node';
import { entityFileReadOptions, resolveEntityPath } from '@runway/runway-node';

/** A service's latency SLO threshold, or why it has none (safe to show). */
export type SloThreshold =
  | { thresholdMs: number }
  | { thresholdMs: null; error: string };

// A latency SLI counts requests slower than the threshold through a histogram bucket:
// `..._seconds_bucket{...,le="0.3"}` (Prometheus base units, so seconds unless named).
const BUCKET = /([A-Za-z_:][\w:]*)_bucket\{[^}]*\ble\s*=\s*"([0-9.eE+-]+)"/;

function queriesOf(slo: SlothSlo): string[] {
  const { events, raw } = slo.sli;
  if (events) return [events.error_query, events.total_query];
  return raw ? [raw.error_ratio_query] : [];
}

/** The threshold of the spec's latency SLO, in ms: the `le` its SLI query counts against. */
export function latencyThresholdMs(slos: SlothSlo[]): number | undefined {
  // A spec may hold several; one named for latency first.
  const ordered = [...slos].sort(
    (a, b) => Number(/latency/i.test(b.name)) - Number(/latency/i.test(a.name)),
  );
  for (const slo of ordered) {
    for (const query of queriesOf(slo)) {
      const match = BUCKET.exec(query);
      const le = match ? Number(match[2]) : NaN;
      if (!match || !Number.isFinite(le) || le <= 0) continue;
      const ms = /_(milliseconds|ms)$/.test(match[1]) ? le : le * 1000;
      return Math.round(ms * 1000) / 1000;
    }
  }
  return undefined;
}

/**
 * Reads the threshold from the entity's Sloth spec (`runway.dev/slo-location`), through the
 * same UrlReader and timeout the SLO backend reads specs with. Read once per k6 report at
 * ingest, not per page view: the verdict is the one against the SLO the test ran under.
 */
export class SloThresholdReader {
  constructor(private readonly urlReader: UrlReaderService) {}

  async read(entity: Entity): Promise<SloThreshold> {
    const ref = entity.metadata.annotations?.[SLO_LOCATION_ANNOTATION];
    if (!ref) {
      return {
        thresholdMs: null,
        error: `no ${SLO_LOCATION_ANNOTATION} annotation: no latency SLO to judge against`,
      };
    }
    let url: string;
    let text: string;
    try {
      url = resolveEntityPath(entity, ref);
      const response = await this.urlReader.readUrl(
        url,
        entityFileReadOptions(),
      );
      text = (await response.buffer()).toString('utf8');
    } catch (e) {
      return {
        thresholdMs: null,
        error: `cannot read the SLO spec ${ref}: ${(e as Error).message}`,
      };
    }
    const read = readSlothSpec(text);
    if ('error' in read) return { thresholdMs: null, error: read.error };
    const thresholdMs = latencyThresholdMs(read.spec.slos);
    return thresholdMs === undefined
      ? {
          thresholdMs: null,
          error:
            'the SLO spec has no latency SLO (no histogram bucket `le` in its SLI queries)',
        }
      : { thresholdMs };
  }
}
