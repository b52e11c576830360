import { spawn } from 'node:child_process';
import path from 'node:path';

export type ParsedWorkflow = {
  parseErrors: string[];
  convertErrors: string[];
  jobs: { id: string; needs: string[]; uses: string[] }[];
};

/** What GitHub's own parser (the one behind the Actions language service) makes of a workflow. */
export function parseWithGitHub(
  name: string,
  content: string,
): Promise<ParsedWorkflow> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(__dirname, 'workflowParser.mjs')],
      { timeout: 30_000 },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (err += d));
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve(JSON.parse(out))
        : reject(new Error(`workflow parser exited ${code}: ${err}`)),
    );
    child.stdin.end(JSON.stringify({ name, content }));
  });
}
