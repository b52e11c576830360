/** A label a chart would like to print at `x` px from its plot's left edge. @public */
export interface LabelCandidate {
  x: number;
  text: string;
  /** Lower places first: an incident's label wins over a deploy's beside it. */
  priority?: number;
  /** `middle`: centred on x (a label above a line); `start`: from x rightwards. */
  align?: 'middle' | 'start';
}

/** Width of a 10 px label's character, generous, so estimates never overlap. */
const CHAR_PX = 6.2;
const GAP_PX = 6;

/**
 * Which labels fit on one line without overprinting: placed by priority, then left to right,
 * each kept only if it clears every label already kept and stays inside the plot. What is
 * left out is still drawn (a marker without text) and counted by the caller.
 *
 * @public
 */
export function fitLabels(
  candidates: LabelCandidate[],
  plotWidth: number,
): Set<number> {
  const kept = new Set<number>();
  if (plotWidth <= 0) return kept;
  const placed: Array<[number, number]> = [];
  const order = candidates
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.x - b.x);
  for (const c of order) {
    const width = c.text.length * CHAR_PX;
    const left = c.align === 'start' ? c.x : c.x - width / 2;
    const right = left + width;
    if (left < -GAP_PX || right > plotWidth + GAP_PX) continue;
    if (placed.some(([l, r]) => left < r + GAP_PX && right > l - GAP_PX))
      continue;
    placed.push([left, right]);
    kept.add(c.i);
  }
  return kept;
}
