import {
  dryRunTemplate,
  type DryRunResult,
} from '../../__testUtils__/scaffolderDryRun';
import { TEMPLATE_DIR } from './files';

export {
  startScaffolder,
  writeDryRunFiles,
  type DryRunResult,
} from '../../__testUtils__/scaffolderDryRun';

/** POST /api/scaffolder/v2/dry-run of templates/symfony-service. */
export function dryRun(
  baseUrl: string,
  values: Record<string, unknown>,
): Promise<DryRunResult> {
  return dryRunTemplate(baseUrl, TEMPLATE_DIR, values);
}
