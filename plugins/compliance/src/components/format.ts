export const dateTime = (iso: string) => new Date(iso).toLocaleString();

export const percent = (ratio: number | null) =>
  ratio === null ? 'no data' : `${Math.round(ratio * 100)} %`;

/** `75 min`, `3 h 20 min`, `3 d 2 h`. */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  }
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export const ORIGIN_LABELS = {
  securityhub: 'Security Hub',
  config: 'AWS Config',
  backup: 'AWS Backup',
  cloudtrail: 'CloudTrail',
} as const;
