import { createApiRef } from '@backstage/frontend-plugin-api';
import { AdrListResponse } from '@runway/plugin-adr-common';

/** The ADR backend as the browser sees it. @public */
export interface AdrApi {
  listAdrs(entityRef: string): Promise<AdrListResponse>;
}

/** @public */
export const adrApiRef = createApiRef<AdrApi>({ id: 'plugin.adr.service' });
