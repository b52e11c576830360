import { z } from 'zod/v3';
import { cell, countStatus } from '../service/rules';
import { FamilyDefinition, measurementNote, num, sum } from './types';

export const flagsFamily: FamilyDefinition<'flags'> = {
  family: 'flags',
  item: z.object({ state: z.object({ state: z.string() }).passthrough() }),
  fields: ['state', 'project', 'stale'],
  read(summary) {
    if (!summary) return { note: 'not returned by the flags service' };
    if (summary.state?.state === 'never' && !summary.project)
      return { note: 'no Unleash project annotated (unleash.io/project)' };
    const why = measurementNote(summary.state, 'Unleash not read yet');
    if (why) return { note: why };
    const stale = num(summary.stale);
    return stale === null
      ? { note: 'no data: no stale count in the answer' }
      : { staleFlags: stale };
  },
  combine: { staleFlags: sum },
  columns: {
    staleFlags: (raw, t, note) =>
      cell(
        raw.staleFlags,
        countStatus(raw.staleFlags, t.staleFlags),
        null,
        note,
      ),
  },
};
