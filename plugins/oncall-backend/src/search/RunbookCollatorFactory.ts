import { Readable } from 'stream';
import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { RUNBOOKS_LOCATION_ANNOTATION } from '@runway/plugin-oncall-common';
import { annotatedEntities } from '@runway/runway-node';
import { RunbookReader } from '../service/RunbookReader';

/** A runbook in Backstage search. */
export interface RunbookDocument extends IndexableDocument {
  entityRef: string;
  owner?: string;
  alertname: string;
}

/**
 * Feeds every service's runbooks to Backstage search, one document per `<alertname>.md`,
 * linking to the service's Runbooks tab. Pages through the catalog so the number of services
 * never makes one huge request.
 */
export class RunbookCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'runbook';

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      runbooks: RunbookReader;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  async *documents(): AsyncGenerator<RunbookDocument> {
    const { catalog, auth } = this.deps;
    for await (const entity of annotatedEntities({
      catalog,
      auth,
      annotation: RUNBOOKS_LOCATION_ANNOTATION,
      kind: 'component',
    })) {
      const list = await this.deps.runbooks.list(entity);
      const entityRef = stringifyEntityRef(entity);
      const { namespace = 'default', name } = entity.metadata;
      for (const runbook of list.runbooks) {
        yield {
          title: `${runbook.title} (${name})`,
          text: runbook.markdown,
          location: `/catalog/${namespace}/component/${name}/runbooks?runbook=${encodeURIComponent(
            runbook.name,
          )}`,
          entityRef,
          owner:
            typeof entity.spec?.owner === 'string'
              ? entity.spec.owner
              : undefined,
          alertname: runbook.name,
        };
      }
    }
  }
}
