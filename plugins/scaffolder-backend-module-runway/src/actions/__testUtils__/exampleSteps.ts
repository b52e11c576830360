import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { parse } from 'yaml';

const EXPRESSION = /^\$\{\{\s*(.+?)\s*\}\}$/;

export interface ExampleStep {
  description: string;
  /** Parsed from YAML, so JSON: typed loosely to pass as the action's `JsonObject` input. */
  input: Record<string, any>;
  /** Every `${{ steps['<id>'].output.<name> }}` later steps read from this one. */
  outputsReadLater: string[];
}

function resolve(value: unknown, values: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const expression = EXPRESSION.exec(value)?.[1];
    if (expression === undefined) return value;
    if (!(expression in values)) {
      throw new Error(`the test gives no value for \${{ ${expression} }}`);
    }
    return values[expression];
  }
  if (Array.isArray(value)) return value.map(v => resolve(v, values));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolve(v, values)]),
    );
  }
  return value;
}

/**
 * The steps of an action's examples that call `actionId`, with their input as the template
 * engine would hand it over: literal values as written, each `${{ expression }}` replaced
 * by the value the test gives for it (what `parameters` or an earlier step would hold). An
 * expression the test has no value for fails the test rather than passing through.
 */
export function exampleSteps(
  examples: TemplateExample[],
  actionId: string,
  values: Record<string, unknown> = {},
): ExampleStep[] {
  return examples.flatMap(example => {
    const steps: Array<{ id: string; action: string; input?: object }> = parse(
      example.example,
    ).steps;
    return steps
      .filter(step => step.action === actionId)
      .map(step => {
        const later = JSON.stringify(steps.filter(s => s !== step));
        const reads = new RegExp(
          String.raw`steps(?:\['${step.id}'\]|\.${step.id})\.output\.(\w+)`,
          'g',
        );
        return {
          description: example.description,
          input: resolve(step.input ?? {}, values) as Record<string, any>,
          outputsReadLater: [...later.matchAll(reads)].map(m => m[1]),
        };
      });
  });
}
