import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Fails (never skips) when a checker is missing: the test command installs them with
 * `apt-get install -y php-cli phpunit composer prometheus`.
 */
export function requireTool(binary: string, debianPackage: string): string {
  try {
    return execFileSync('which', [binary], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${binary} is not installed, so the template's output cannot be checked. Install it with: apt-get install -y ${debianPackage}`,
    );
  }
}

export type ToolResult = { code: number; output: string };

/** Runs a checker with an argument list (no shell) and returns its exit code and output. */
export async function runTool(
  binary: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await run(binary, args, {
      ...options,
      timeout: 60_000,
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (e: any) {
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`,
    };
  }
}
