import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { adrLocationOf, nextAdrNumber, slugify } from './adrLocation';
import { examples } from './adrNextNumber.examples';

/**
 * `runway:adr:next-number`: reads a service's ADR folder (`backstage.io/adr-location`) through
 * UrlReader and answers the next record number, the file name and where it goes in the repo.
 */
export function createAdrNextNumberAction(options: {
  urlReader: UrlReaderService;
}) {
  return createTemplateAction({
    id: 'runway:adr:next-number',
    description:
      "Computes the next ADR number and file name from the entity's backstage.io/adr-location folder.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entity: z =>
          z
            .object({
              metadata: z
                .object({
                  name: z.string(),
                  annotations: z.record(z.string()).optional(),
                })
                .passthrough(),
            })
            .passthrough()
            .describe('The entity, as catalog:fetch outputs it'),
        title: z =>
          z.string({ description: 'Title of the decision' }).min(3).max(120),
      },
      output: {
        number: z => z.string({ description: 'Zero-padded number, e.g. 0007' }),
        fileName: z => z.string({ description: 'e.g. 0007-use-postgresql.md' }),
        adrPath: z =>
          z.string({
            description: 'ADR folder relative to the repository root',
          }),
        folderUrl: z => z.string({ description: 'The ADR folder as read' }),
        date: z =>
          z.string({
            description:
              "Today's date (YYYY-MM-DD), for the record's front matter",
          }),
        repoUrl: z =>
          z
            .string({
              description:
                'github.com?owner=..&repo=.. from github.com/project-slug, if any',
            })
            .optional(),
      },
    },
    async handler(ctx) {
      let location;
      try {
        location = adrLocationOf(ctx.input.entity);
      } catch (e) {
        throw new InputError((e as Error).message);
      }
      let files: string[] = [];
      try {
        const tree = await options.urlReader.readTree(location.folderUrl);
        files = (await tree.files()).map(f => f.path);
      } catch (e) {
        // No folder yet: this is the first record.
        if (!(e instanceof NotFoundError)) throw e;
      }
      const number = String(nextAdrNumber(files)).padStart(4, '0');
      const fileName = `${number}-${slugify(ctx.input.title)}.md`;
      ctx.output('number', number);
      ctx.output('fileName', fileName);
      ctx.output('adrPath', location.repoPath);
      ctx.output('folderUrl', location.folderUrl);
      ctx.output('date', new Date().toISOString().slice(0, 10));
      const slug =
        ctx.input.entity.metadata.annotations?.['github.com/project-slug'];
      if (slug && /^[\w.-]+\/[\w.-]+$/.test(slug)) {
        const [owner, repo] = slug.split('/');
        ctx.output('repoUrl', `github.com?owner=${owner}&repo=${repo}`);
      }
      ctx.logger.info(`Next ADR: ${location.repoPath}/${fileName}`);
    },
  });
}
