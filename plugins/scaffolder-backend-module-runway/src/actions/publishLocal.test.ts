import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse as parseYaml } from 'yaml';
import { createPublishLocalAction } from './publishLocal';

describe('runway:publish:local', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const outputDir = mockDir.resolve('published');
  const config = mockServices.rootConfig({
    data: {
      runway: { scaffolder: { localOutputDir: outputDir } },
      scaffolder: {
        defaultAuthor: { name: 'Runway', email: 'runway@runway.example' },
      },
    },
  });

  beforeEach(() =>
    mockDir.setContent({
      'workspace/catalog-info.yaml': 'kind: Component\n',
      'workspace/src/Kernel.php': '<?php\n',
    }),
  );

  it('copies the workspace into <localOutputDir>/<name> as a git repository and outputs its URLs', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: {
        name: 'orders-api',
        commitMessage: 'Initial commit from the symfony-service template',
      },
    });
    await createPublishLocalAction({ config }).handler(ctx as any);

    const target = `${outputDir}/orders-api`;
    expect(await fs.readFile(`${target}/src/Kernel.php`, 'utf8')).toBe(
      '<?php\n',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'catalogInfoUrl',
      `file://${target}/catalog-info.yaml`,
    );
    expect(ctx.output).toHaveBeenCalledWith('remoteUrl', `file://${target}`);
    const log = execFileSync('git', ['log', '--format=%an <%ae>|%s'], {
      cwd: target,
      encoding: 'utf8',
    }).trim();
    expect(log).toBe(
      'Runway <runway@runway.example>|Initial commit from the symfony-service template',
    );
    expect(
      execFileSync('git', ['ls-files'], { cwd: target, encoding: 'utf8' })
        .trim()
        .split('\n'),
    ).toEqual(['catalog-info.yaml', 'src/Kernel.php']);
  });

  it('commits with a plain message when the template names none', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { name: 'adr-orders-api-7' },
    });
    await createPublishLocalAction({ config }).handler(ctx as any);
    expect(
      execFileSync('git', ['log', '--format=%s'], {
        cwd: `${outputDir}/adr-orders-api-7`,
        encoding: 'utf8',
      }).trim(),
    ).toBe('Initial commit');
  });

  it('refuses to overwrite an existing service', async () => {
    await mockDir.addContent({ 'published/orders-api/keep.txt': 'mine' });
    const ctx = createMockActionContext({
      workspacePath,
      input: { name: 'orders-api' },
    });
    await expect(
      createPublishLocalAction({ config }).handler(ctx as any),
    ).rejects.toThrow(/orders-api already exists/);
    expect(await fs.readdir(`${outputDir}/orders-api`)).toEqual(['keep.txt']);
  });

  it('writes nothing in a dry run but reports where it would publish', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { name: 'orders-api' },
    });
    ctx.isDryRun = true;
    await createPublishLocalAction({ config }).handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith(
      'repoContentsUrl',
      `file://${outputDir}/orders-api`,
    );
    await expect(fs.stat(outputDir)).rejects.toThrow();
  });

  it('never writes outside the configured folder', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { name: '../escape' },
    });
    await expect(
      createPublishLocalAction({ config }).handler(ctx as any),
    ).rejects.toThrow(/outside/i);
    await expect(fs.stat(mockDir.resolve('escape'))).rejects.toThrow();
  });

  it('says which setting is missing when no folder is configured', async () => {
    const ctx = createMockActionContext({
      workspacePath,
      input: { name: 'orders-api' },
    });
    await expect(
      createPublishLocalAction({
        config: mockServices.rootConfig({ data: {} }),
      }).handler(ctx as any),
    ).rejects.toThrow(
      'runway:publish:local needs runway.scaffolder.localOutputDir in the app config',
    );
  });

  it('declares dry-run support and examples that use its own id', () => {
    const action = createPublishLocalAction({ config });
    expect(action.supportsDryRun).toBe(true);
    expect(parseYaml(action.examples![0].example).steps[0].action).toBe(
      'runway:publish:local',
    );
  });
});
