import path from 'node:path';

export { listFiles } from '../../__testUtils__/scaffolderDryRun';

/** templates/symfony-service, from this package's src/template folder. */
export const TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../../../templates/symfony-service',
);
