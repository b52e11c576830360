import path from 'node:path';
import {
  dryRunTemplate,
  renderSetsOnce,
  type DryRunResult,
  type RenderedSet,
} from '../../__testUtils__/scaffolderDryRun';
import {
  platformParameterSets,
  type PlatformSetName,
  type PlatformValues,
} from './parameterSets';

export {
  readRendered,
  startScaffolder,
} from '../../__testUtils__/scaffolderDryRun';

/** templates/aws-platform, from this package's src/platform folder. */
export const PLATFORM_TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../../../templates/aws-platform',
);

/** POST /api/scaffolder/v2/dry-run of templates/aws-platform, as the template editor does. */
export function dryRunPlatform(
  baseUrl: string,
  values: Record<string, unknown>,
): Promise<DryRunResult> {
  return dryRunTemplate(baseUrl, PLATFORM_TEMPLATE_DIR, values);
}

export type RenderedPlatform = RenderedSet<PlatformValues>;

/** Runs templates/aws-platform once per parameter set (see renderSetsOnce). */
export function renderPlatformSets(): Promise<
  Record<PlatformSetName, RenderedPlatform>
> {
  return renderSetsOnce({
    cacheName: 'aws-platform',
    templateDir: PLATFORM_TEMPLATE_DIR,
    sets: platformParameterSets as Record<PlatformSetName, PlatformValues>,
  });
}
