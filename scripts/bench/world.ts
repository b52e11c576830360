// Writes the demo world of a given size as catalog files (same generator as examples/),
// so the benchmark's catalog holds every service the families' demo sources know.
// Usage: node --require @backstage/cli/config/nodeTransform.cjs world.ts <size> <seed> <outDir>
import fs from 'fs';
import path from 'path';
import { createDemoWorld, exampleFiles } from '../../plugins/demo-node/src';

const [size, seed, outDir] = [
  Number(process.argv[2]),
  Number(process.argv[3]),
  process.argv[4],
];
const world = createDemoWorld({ size, seed });
fs.rmSync(outDir, { recursive: true, force: true });
for (const [file, content] of exampleFiles(world)) {
  fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  fs.writeFileSync(path.join(outDir, file), content);
}
console.log(
  JSON.stringify({
    services: world.services.map(s => s.name),
    teams: world.teams.length,
    systems: world.systems.length,
  }),
);
