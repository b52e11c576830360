import fs from 'node:fs/promises';
import path from 'node:path';
import { renderAllSets } from './__testUtils__/renderSets';
import { requireTool, runTool } from './__testUtils__/tools';

jest.setTimeout(120_000);

// The generated Symfony app, checked by PHP's own tools from Debian (php-cli, phpunit, composer).
describe('symfony-service template: the PHP it writes', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    requireTool('php', 'php-cli');
    sets = await renderAllSets();
  });

  it('php -l accepts every PHP file of every parameter set', async () => {
    const php = requireTool('php', 'php-cli');
    let checked = 0;
    for (const set of Object.values(sets)) {
      for (const file of set.files.filter(f => f.endsWith('.php'))) {
        const result = await runTool(php, ['-l', path.join(set.dir, file)]);
        expect({ file, ...result }).toEqual({
          file,
          code: 0,
          output: expect.stringContaining('No syntax errors'),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4 * 12);
  });

  it('composer validate accepts composer.json', async () => {
    const composer = requireTool('composer', 'composer');
    for (const set of Object.values(sets)) {
      const result = await runTool(
        composer,
        [
          'validate',
          '--strict',
          '--no-check-publish',
          '--no-check-lock',
          '--no-interaction',
        ],
        {
          cwd: set.dir,
          env: {
            ...process.env,
            COMPOSER_HOME: path.join(set.dir, '.composer-home'),
            COMPOSER_DISABLE_NETWORK: '1',
          },
        },
      );
      expect({ dir: set.dir, ...result }).toEqual({
        dir: set.dir,
        code: 0,
        output: expect.stringContaining('is valid'),
      });
    }
  });

  it('the generated unit tests pass under PHPUnit', async () => {
    const phpunit = requireTool('phpunit', 'phpunit');
    for (const set of Object.values(sets)) {
      // Symfony itself cannot be installed offline; the unit suite needs only PSR-4 autoloading
      const bootstrap = path.join(set.dir, '.autoload-for-check.php');
      await fs.writeFile(
        bootstrap,
        `<?php
spl_autoload_register(static function (string $class): void {
    foreach (['App\\\\Tests\\\\' => '/tests/', 'App\\\\' => '/src/'] as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = __DIR__.$dir.str_replace('\\\\', '/', substr($class, strlen($prefix))).'.php';
            if (is_file($file)) { require $file; }
            return;
        }
    }
});
`,
      );
      const result = await runTool(
        phpunit,
        [
          '--no-configuration',
          '--bootstrap',
          bootstrap,
          '--fail-on-warning',
          'tests/Unit',
        ],
        { cwd: set.dir },
      );
      expect({
        dir: set.dir,
        code: result.code,
        output: result.output,
      }).toEqual({
        dir: set.dir,
        code: 0,
        output: expect.stringMatching(/OK \(17 tests, \d+ assertions\)/),
      });
    }
  });
});
