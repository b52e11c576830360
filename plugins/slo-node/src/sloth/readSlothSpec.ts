// js-yaml, not yaml: a cold scorecard parses every service's spec, and js-yaml reads the 500
// demo specs in 69 ms where yaml's document model takes 367 ms. Core schema: YAML 1.2, as yaml.
import { CORE_SCHEMA, load } from 'js-yaml';
import {
  describeSlothSpecIssues,
  SlothSpec,
  slothSpecSchema,
} from './slothSpec';

/**
 * A Sloth spec file's text, parsed and validated, or why not in words safe to show: the one
 * reading of a spec file for every family that reads one (SLOs, the quality family's
 * latency threshold).
 *
 * @public
 */
export function readSlothSpec(
  text: string,
): { spec: SlothSpec } | { error: string } {
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    return { error: `SLO spec is not valid YAML: ${(e as Error).message}` };
  }
  const parsed = slothSpecSchema.safeParse(raw);
  if (!parsed.success)
    return {
      error: `SLO spec is not a Sloth prometheus/v1 spec (${
        describeSlothSpecIssues(parsed.error)[0]
      })`,
    };
  return { spec: parsed.data };
}
