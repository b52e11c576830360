/** 0.99912 -> "99.912 %"; null -> "no traffic". */
export function percent(ratio: number | null | undefined, digits = 3): string {
  if (ratio === null || ratio === undefined) return 'no traffic';
  return `${(ratio * 100).toFixed(digits)} %`;
}

/** Budget left as a whole-ish percentage; overspent budgets read as negative. */
export function budgetLeft(remaining: number | null | undefined): string {
  if (remaining === null || remaining === undefined) return 'no traffic';
  return `${(remaining * 100).toFixed(1)} %`;
}

/** 14.4 -> "14.4x"; null -> "–". */
export function burn(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${rate < 10 ? rate.toFixed(2) : rate.toFixed(1)}x`;
}
