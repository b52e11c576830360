import { z } from 'zod/v3';
import { cell, higherIsBetter, lowerIsBetter } from '../service/rules';
import {
  FamilyDefinition,
  FamilyReading,
  max,
  mean,
  measurementNote,
  num,
} from './types';

export const qualityFamily: FamilyDefinition<'quality'> = {
  family: 'quality',
  item: z.object({ state: z.object({ state: z.string() }).passthrough() }),
  // Of every CI report, the two figures with a column; not the reports' provenance.
  fields: [
    'state',
    'coverage.linePct',
    'loadTest.p95Ms',
    'loadTest.sloThresholdMs',
  ],
  read(summary) {
    if (!summary) return { note: 'not returned by the quality service' };
    const why = measurementNote(summary.state, 'no CI report ingested');
    if (why) return { note: why };
    const reading: FamilyReading = { notes: {} };
    const linePct = num(summary.coverage?.linePct);
    reading.testCoveragePct = linePct;
    if (linePct === null)
      reading.notes!.testCoverage =
        'never measured: no coverage report ingested';
    const load = summary.loadTest;
    const p95 = num(load?.p95Ms);
    const threshold = num(load?.sloThresholdMs);
    reading.loadTestP95Ms = p95;
    reading.loadTestSloRatio =
      p95 !== null && threshold !== null && threshold > 0
        ? p95 / threshold
        : null;
    if (p95 === null)
      reading.notes!.loadTestP95 = 'never measured: no load test ingested';
    else if (reading.loadTestSloRatio === null)
      reading.notes!.loadTestP95 =
        'no latency SLO threshold to judge the load test against';
    return reading;
  },
  combine: {
    testCoveragePct: mean,
    loadTestP95Ms: mean,
    // Each service against its own threshold: the group is as good as its slowest.
    loadTestSloRatio: max,
  },
  columns: {
    testCoverage: (raw, t, note) =>
      cell(
        raw.testCoveragePct,
        higherIsBetter(raw.testCoveragePct, t.testCoveragePct, 0.8),
        null,
        note,
      ),
    // The value shown is p95 in ms; its colour is p95 over the service's SLO threshold.
    loadTestP95: (raw, t, note) =>
      cell(
        raw.loadTestP95Ms,
        lowerIsBetter(raw.loadTestSloRatio, t.loadTestP95SloRatio, 1.5),
        null,
        note,
      ),
  },
};
