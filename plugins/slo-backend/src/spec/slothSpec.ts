import { InputError } from '@backstage/errors';
import { readSlothSpec, sliErrorRatioQuery } from '@runway/plugin-slo-node';
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
  const read = readSlothSpec(text);
  if ('error' in read) throw new InputError(read.error);
  const { spec } = read;
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
