// Runs GitHub's workflow parser in plain Node: the package is ESM only, which jest's
// CommonJS runtime cannot import. Reads {name, content} on stdin, prints what it found.
import { register } from 'node:module';

// The package imports its JSON schema without `with { type: 'json' }` (it targets bundlers);
// serve .json files as modules exporting the parsed document so plain Node can load it.
const hooks = `
import { readFile } from 'node:fs/promises';
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.json')) return next(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: 'export default ' + text + ';', shortCircuit: true };
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } =
  await import('@actions/workflow-parser');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { name, content } = JSON.parse(input);

const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
const result = {
  parseErrors: parsed.context.errors.getErrors().map(e => e.message),
  convertErrors: [],
  jobs: [],
};
if (parsed.value) {
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  result.convertErrors = (template.errors ?? []).map(e => e.Message);
  result.jobs = (template.jobs ?? []).map(job => ({
    id: job.id.value,
    needs: (job.needs ?? []).map(n => n.value),
    uses: (job.steps ?? []).filter(s => 'uses' in s).map(s => s.uses.value),
  }));
}
process.stdout.write(JSON.stringify(result));
