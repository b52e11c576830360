// Writes examples/ from the default demo world. Run after changing the generator.
import fs from 'fs';
import path from 'path';
import { createDemoWorld, exampleFiles, EXAMPLES_NOW } from '../src';

const root = path.resolve(__dirname, '../../../examples');
for (const [file, content] of exampleFiles(
  createDemoWorld({ now: EXAMPLES_NOW }),
)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
}
console.log(`wrote ${root}`);
