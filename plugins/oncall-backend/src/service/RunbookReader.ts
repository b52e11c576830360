import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  RUNBOOKS_LOCATION_ANNOTATION,
  RunbookFile,
  RunbookListResponse,
  RunbookResult,
} from '@runway/plugin-oncall-common';
import {
  readEntityFileText,
  EntityFolderReader,
  readFolderFiles,
  joinUrl,
  markdownTitle,
  sanitizeMarkdown,
  StaleCache,
} from '@runway/runway-node';

const ALERTNAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;

/**
 * Reads runbooks through Backstage's UrlReader (GitHub in production, the local folder reader
 * in the embedded default) and hands them out sanitized.
 */
export class RunbookReader extends EntityFolderReader {
  constructor(
    urlReader: UrlReaderService,
    cache: StaleCache,
    logger?: LoggerService,
  ) {
    super(urlReader, cache, logger, {
      family: 'oncall',
      annotation: RUNBOOKS_LOCATION_ANNOTATION,
    });
  }

  /** The runbook of one alert: its `runbook_url` annotation, else `<runbooks-location>/<alertname>.md`. */
  async forAlert(
    alert: { alertname: string; annotations: Record<string, string> },
    entity?: Entity,
  ): Promise<RunbookResult> {
    const explicit = alert.annotations.runbook_url;
    if (explicit) {
      try {
        return {
          status: 'found',
          url: explicit,
          markdown: await this.read(explicit),
        };
      } catch (e) {
        if (e instanceof NotFoundError) {
          return {
            status: 'missing',
            lookedFor: explicit,
            reason: `No runbook at the alert's runbook_url`,
          };
        }
        // A wiki page or a host without an integration: the page cannot embed it, it can link to it.
        this.warn(explicit, e);
        return {
          status: 'external',
          url: explicit,
          reason: `Runway cannot read this runbook: ${(e as Error).message}`,
        };
      }
    }
    if (!entity) {
      return {
        status: 'missing',
        reason:
          'The alert has no runbook_url and its service matches no catalog entity',
      };
    }
    const folder = this.folderOf(entity);
    if (!folder) {
      return {
        status: 'missing',
        reason: `${stringifyEntityRef(
          entity,
        )} has no ${RUNBOOKS_LOCATION_ANNOTATION} annotation and the alert has no runbook_url`,
      };
    }
    if (!ALERTNAME.test(alert.alertname)) {
      return {
        status: 'missing',
        reason: `"${alert.alertname}" is not a valid alert name`,
      };
    }
    const url = joinUrl(folder, `${alert.alertname}.md`);
    try {
      return { status: 'found', url, markdown: await this.read(url) };
    } catch (e) {
      const reason =
        e instanceof NotFoundError
          ? `No runbook for ${alert.alertname}`
          : `Cannot read the runbook: ${(e as Error).message}`;
      if (!(e instanceof NotFoundError)) this.warn(url, e);
      return { status: 'missing', lookedFor: url, reason };
    }
  }

  /** Every `*.md` in the entity's runbooks folder, sanitized. */
  async list(entity: Entity): Promise<RunbookListResponse> {
    const entityRef = stringifyEntityRef(entity);
    const folder = this.folderOf(entity);
    if (!folder) {
      return {
        entityRef,
        runbooks: [],
        error: `${entityRef} has no ${RUNBOOKS_LOCATION_ANNOTATION} annotation`,
      };
    }
    try {
      const { value } = await this.cache.get(`runbooks:${folder}`, () =>
        readFolderFiles(
          this.urlReader,
          folder,
          path => path.endsWith('.md') && !path.includes('/'),
        ),
      );
      const runbooks: RunbookFile[] = value
        .map(({ path, text }) => {
          const name = path.replace(/\.md$/, '');
          const markdown = sanitizeMarkdown(text);
          return {
            name,
            url: joinUrl(folder, path),
            title: markdownTitle(markdown, name),
            markdown,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return { entityRef, location: folder, runbooks };
    } catch (e) {
      const reason = this.folderFailure(folder, e);
      return {
        entityRef,
        location: folder,
        runbooks: [],
        error: `Cannot list the runbooks in ${folder}: ${reason}`,
      };
    }
  }

  private async read(url: string): Promise<string> {
    return sanitizeMarkdown(
      await readEntityFileText(this.urlReader, this.cache, url),
    );
  }
}
