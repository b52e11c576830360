import { Sourced } from '@runway/runway-common';

/** The community's annotation: a folder of ADRs, relative to the entity's location. @public */
export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';

/** @public */
export type AdrFormat = 'madr2' | 'madr3' | 'unknown';

/** One architecture decision record, parsed. @public */
export interface Adr {
  /** File name, e.g. `0004-use-postgresql.md`. */
  file: string;
  number?: number;
  title: string;
  /** Lower-cased first word of the status (`accepted`, `superseded` ...), if any. */
  status?: string;
  /** The status as written, e.g. `superseded by [ADR-0006](0006-x.md)`. */
  statusText?: string;
  /** File name of the superseding ADR when the status links one. */
  supersededBy?: string;
  date?: string;
  deciders?: string;
  format: AdrFormat;
  url: string;
  /** The record's Markdown, sanitized, front matter removed. */
  markdown: string;
}

/** @public */
export type AdrListResponse = Sourced<{
  entityRef: string;
  location?: string;
  adrs: Adr[];
  error?: string;
}>;

/** `POST /api/adr/batch`: every asked entity's ADRs, in the order asked. @public */
export type AdrBatchResponse = Sourced<{
  items: AdrListResponse['data'][];
}>;
