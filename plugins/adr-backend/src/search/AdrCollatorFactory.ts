import { Readable } from 'stream';
import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { ADR_LOCATION_ANNOTATION } from '@runway/plugin-adr-common';
import { annotatedEntities } from '@runway/runway-node';
import { AdrReader } from '../adr/AdrReader';

/** An ADR in Backstage search. */
export interface AdrDocument extends IndexableDocument {
  entityRef: string;
  status?: string;
  date?: string;
}

/** Feeds every service's ADRs to Backstage search, paging through the catalog. */
export class AdrCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'adr';

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      adrs: AdrReader;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  async *documents(): AsyncGenerator<AdrDocument> {
    const { catalog, auth } = this.deps;
    for await (const entity of annotatedEntities({
      catalog,
      auth,
      annotation: ADR_LOCATION_ANNOTATION,
    })) {
      const { adrs } = await this.deps.adrs.list(entity);
      const { namespace = 'default', name } = entity.metadata;
      const kind = entity.kind.toLowerCase();
      for (const adr of adrs) {
        yield {
          title: `${adr.title} (${name})`,
          text: adr.markdown,
          location: `/catalog/${namespace}/${kind}/${name}/adrs?record=${encodeURIComponent(
            adr.file,
          )}`,
          entityRef: stringifyEntityRef(entity),
          status: adr.status,
          date: adr.date,
        };
      }
    }
  }
}
