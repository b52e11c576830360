const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const centsFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** Whole dollars: `$12,345`. */
export const usd = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : usdFormat.format(n);
/** Small amounts keep their cents: cost per 1,000 requests. */
export const usdPrecise = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : centsFormat.format(n);
/** A change ratio as `+12.3 %`. */
export const change = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined
    ? '—'
    : `${ratio >= 0 ? '+' : '−'}${Math.abs(ratio * 100).toFixed(1)} %`;
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
