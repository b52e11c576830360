import { InputError } from '@backstage/errors';
import {
  describeSlothSpecIssues,
  sliErrorRatioQuery,
  slothSpecSchema,
} from '@runway/plugin-slo-node';
// js-yaml, not yaml: a cold scorecard parses every service's spec, and js-yaml reads the 500
// demo specs in 69 ms where yaml's document model takes 367 ms. Core schema: YAML 1.2, as yaml.
import { CORE_SCHEMA, load } from 'js-yaml';
import { errorBudget } from '../service/sloMath';

/** One SLO of a spec, reduced to what the sources need. */
export interface SloDefinition {
  service: string;
  name: string;
  objective: number;
  description?: string;
  /** Error ratio over `{{.window}}`; absent for plugin SLIs (only Sloth's recording rules work then). */
  errorRatioQuery?: string;
  /** Event rate over `{{.window}}` (events SLIs only): weighs the burn-down by traffic. */
  totalQuery?: string;
}

/**
 * Parses and validates a Sloth spec with the schema the scaffolder generates rules from.
 * Anything wrong gives an `InputError` that names the field, so the entity page can say
 * exactly what to fix.
 */
export function parseSlothSpec(text: string): SloDefinition[] {
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    throw new InputError(`SLO spec is not valid YAML: ${(e as Error).message}`);
  }
  const parsed = slothSpecSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      `SLO spec is not a Sloth prometheus/v1 spec (${
        describeSlothSpecIssues(parsed.error)[0]
      })`,
    );
  }
  const spec = parsed.data;
  return spec.slos.map(slo => {
    try {
      // Sloth allows 100; a zero budget leaves no burn rate to show.
      errorBudget(slo.objective);
    } catch (e) {
      throw new InputError(`SLO ${slo.name}: ${(e as Error).message}`);
    }
    return {
      service: spec.service,
      name: slo.name,
      objective: slo.objective,
      description: slo.description,
      errorRatioQuery: sliErrorRatioQuery(slo.sli),
      totalQuery: slo.sli.events?.total_query,
    };
  });
}
