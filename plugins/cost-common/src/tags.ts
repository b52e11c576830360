import { COST_TAGS_ANNOTATION } from './types';

/**
 * The cost-allocation tag value of an entity: `service=checkout-api` -> `checkout-api`.
 * The compliance family attributes AWS resources by the same tag.
 *
 * @public
 */
export function costTagValue(
  entity: { metadata: { annotations?: Record<string, string> } },
  tagKey: string,
): string | undefined {
  const annotation = entity.metadata.annotations?.[COST_TAGS_ANNOTATION];
  for (const pair of annotation?.split(',') ?? []) {
    const [key, value] = pair.split('=').map(s => s.trim());
    if (key === tagKey && value) return value;
  }
  return undefined;
}
