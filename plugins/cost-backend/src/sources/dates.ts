const DAY = 24 * 3600_000;

/** `YYYY-MM-DD` of a UTC time. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The UTC dates from `days - 1` days ago up to today, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  return Array.from({ length: days }, (_, i) =>
    isoDay(today - (days - 1 - i) * DAY),
  );
}

/** First day of this month, of last month and of next month, as `YYYY-MM-DD`. */
export function monthBounds(now: Date) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return {
    lastMonthStart: isoDay(Date.UTC(y, m - 1, 1)),
    monthStart: isoDay(Date.UTC(y, m, 1)),
    nextMonthStart: isoDay(Date.UTC(y, m + 1, 1)),
    tomorrow: isoDay(Date.UTC(y, m, now.getUTCDate() + 1)),
    today: isoDay(now.getTime()),
  };
}
