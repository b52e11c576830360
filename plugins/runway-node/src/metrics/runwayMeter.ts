import { Meter, metrics, MeterProvider } from '@opentelemetry/api';

/** The OpenTelemetry meter every Runway counter comes from. @public */
export const RUNWAY_METER = '@runway/runway-node';

/**
 * Instruments made from Runway's meter when first used, and made again when the global
 * meter provider changes: a meter taken before the OpenTelemetry SDK registers its provider
 * would stay a no-op for good, and tests install their own provider.
 *
 * @internal
 */
export function onRunwayMeter<T>(create: (meter: Meter) => T): () => T {
  let made: { provider: MeterProvider; instruments: T } | undefined;
  return () => {
    const provider = metrics.getMeterProvider();
    if (made?.provider !== provider) {
      made = { provider, instruments: create(provider.getMeter(RUNWAY_METER)) };
    }
    return made.instruments;
  };
}

/**
 * A counter of Runway's meter for a family's own events (not upstream calls: those are
 * counted by the shared helpers), e.g. `runway.scorecard.page.builds`, exported to
 * Prometheus as `runway_scorecard_page_builds_total`.
 *
 * @public
 */
export function runwayCounter(
  name: string,
  description: string,
): { add(value?: number, attributes?: Record<string, string>): void } {
  const counter = onRunwayMeter(meter =>
    meter.createCounter(name, { description }),
  );
  return { add: (value = 1, attributes) => counter().add(value, attributes) };
}
