import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

/** The `kubernetes:` section production runs with, so the tests count its calls, not a copy's. */
export function productionKubernetesConfig(): {
  objectTypes: string[];
  customResources: Array<{ group: string; apiVersion: string; plural: string }>;
} {
  const file = path.resolve(
    __dirname,
    '../../../../../app-config.production.yaml',
  );
  return parse(fs.readFileSync(file, 'utf8')).kubernetes;
}
