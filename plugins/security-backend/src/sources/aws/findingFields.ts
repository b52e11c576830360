/** Severity as the security family counts it, from the labels ECR, Inspector, Security Hub and Trivy use. */
export function toSeverity(
  label: string | undefined,
): 'critical' | 'high' | 'medium' | 'low' | 'unknown' {
  switch ((label ?? '').toUpperCase()) {
    case 'CRITICAL':
      return 'critical';
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
    case 'INFORMATIONAL':
      return 'low';
    default:
      return 'unknown';
  }
}

export function isoOf(value: Date | string | undefined): string | undefined {
  if (!value) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
