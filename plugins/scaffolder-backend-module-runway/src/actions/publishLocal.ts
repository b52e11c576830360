import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  resolveSafeChildPath,
  type RootConfigService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './publishLocal.examples';

const run = promisify(execFile);

/** Where published services go; relative paths are resolved from the backend's working directory. */
export function readLocalOutputDir(
  config: RootConfigService,
): string | undefined {
  const dir = config.getOptionalString('runway.scaffolder.localOutputDir');
  return dir ? path.resolve(dir) : undefined;
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/** Each template names itself in the message; one that does not gets this. */
const DEFAULT_COMMIT_MESSAGE = 'Initial commit';

/**
 * `runway:publish:local`: the offline stand-in for publish:github. Copies the workspace to
 * `<runway.scaffolder.localOutputDir>/<name>` and commits it to a git repository there, so a
 * new user can run the template end to end without any Git host. git runs through execFile
 * with fixed arguments: no template input reaches a shell.
 */
export function createPublishLocalAction(options: {
  config: RootConfigService;
}) {
  const { config } = options;
  return createTemplateAction({
    id: 'runway:publish:local',
    description:
      'Publishes the workspace to a git repository in a local folder (runway.scaffolder.localOutputDir).',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string({
              description: 'Folder name of the repository (a DNS-1123 label)',
            })
            .regex(
              /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
              'name must be a DNS-1123 label',
            )
            .max(63),
        sourcePath: z =>
          z
            .string({
              description:
                'Workspace sub-folder to publish; the whole workspace by default',
            })
            .optional(),
        commitMessage: z =>
          z
            .string({
              description: `Message of the repository's first commit; "${DEFAULT_COMMIT_MESSAGE}" by default`,
            })
            .min(1)
            .max(500)
            .optional(),
      },
      output: {
        remoteUrl: z =>
          z.string({ description: 'file: URL of the repository' }),
        repoContentsUrl: z =>
          z.string({ description: 'file: URL of the repository contents' }),
        catalogInfoUrl: z =>
          z.string({
            description: 'file: URL of catalog-info.yaml, for catalog:register',
          }),
      },
    },
    async handler(ctx) {
      const root = readLocalOutputDir(config);
      if (!root) {
        throw new InputError(
          'runway:publish:local needs runway.scaffolder.localOutputDir in the app config',
        );
      }
      const target = resolveSafeChildPath(root, ctx.input.name);
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const url = pathToFileURL(target).href;
      ctx.output('remoteUrl', url);
      ctx.output('repoContentsUrl', url);
      ctx.output('catalogInfoUrl', `${url}/catalog-info.yaml`);

      if (await exists(target)) {
        throw new ConflictError(
          `${ctx.input.name} already exists in ${root}; pick another name`,
        );
      }
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would publish ${source} to ${target}`);
        return;
      }

      await fs.mkdir(root, { recursive: true });
      try {
        await fs.cp(source, target, {
          recursive: true,
          errorOnExist: true,
          verbatimSymlinks: true,
        });
      } catch (e) {
        // A half-written folder would make every retry fail as "already exists".
        await fs.rm(target, { recursive: true, force: true });
        throw e;
      }

      const name =
        config.getOptionalString('scaffolder.defaultAuthor.name') ??
        'Scaffolder';
      const email =
        config.getOptionalString('scaffolder.defaultAuthor.email') ??
        'scaffolder@backstage.io';
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
      };
      try {
        await run('git', ['init', '--quiet', '--initial-branch=main'], {
          cwd: target,
          env,
        });
        await run('git', ['add', '--all'], { cwd: target, env });
        await run(
          'git',
          [
            'commit',
            '--quiet',
            '--no-verify',
            '--message',
            ctx.input.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
          ],
          {
            cwd: target,
            env,
          },
        );
      } catch (e) {
        // the files are published either way; say plainly that there is no history
        ctx.logger.warn(
          `Published ${target} without a git repository: ${
            (e as Error).message
          }`,
        );
        return;
      }
      ctx.logger.info(`Published to ${target} (git, branch main)`);
    },
  });
}
