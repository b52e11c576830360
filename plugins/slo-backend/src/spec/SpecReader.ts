import path from 'path';
import { pathToFileURL } from 'url';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  Entity,
  getEntitySourceLocation,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { SLO_LOCATION_ANNOTATION } from '@runway/plugin-slo-common';
import { readEntityFileText, StaleCache } from '@runway/runway-node';
import { parseSlothSpec, SloDefinition } from './slothSpec';

/**
 * Where an entity's SLO spec lives: the annotation, resolved against the entity's own location
 * (a URL in production, a `file:` location for the local demo folders).
 */
export function specUrlFor(entity: Entity): string | undefined {
  const ref = entity.metadata.annotations?.[SLO_LOCATION_ANNOTATION];
  if (!ref) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  const location = getEntitySourceLocation(entity);
  if (location.type === 'file') {
    return pathToFileURL(
      path.resolve(path.dirname(location.target), ref),
    ).toString();
  }
  return new URL(ref, location.target).toString();
}

export type SpecResult = { definitions: SloDefinition[] } | { error: string };

/** Reads and validates Sloth specs through Backstage's UrlReader, caching the text and revalidating it by ETag. */
export class SpecReader {
  /** The last parse of each URL's text: a warm read does not parse the YAML again. */
  private readonly parsed = new Map<
    string,
    { text: string; result: SpecResult }
  >();

  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly cache: StaleCache,
  ) {}

  async read(entity: Entity): Promise<SpecResult> {
    const entityRef = stringifyEntityRef(entity);
    let url: string | undefined;
    try {
      url = specUrlFor(entity);
    } catch (e) {
      return {
        error: `Cannot locate the SLO spec of ${entityRef}: ${
          (e as Error).message
        }`,
      };
    }
    if (!url)
      return {
        error: `${entityRef} has no ${SLO_LOCATION_ANNOTATION} annotation`,
      };
    let text: string;
    try {
      text = await readEntityFileText(this.urlReader, this.cache, url);
    } catch (e) {
      return {
        error: `Cannot read the SLO spec at ${url}: ${(e as Error).message}`,
      };
    }
    const known = this.parsed.get(url);
    if (known?.text === text) return known.result;
    let result: SpecResult;
    try {
      result = { definitions: parseSlothSpec(text) };
    } catch (e) {
      result = { error: `${(e as Error).message} (${url})` };
    }
    if (this.parsed.size >= 20_000) this.parsed.clear();
    this.parsed.set(url, { text, result });
    return result;
  }
}
