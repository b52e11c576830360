// Adds up the jest and Playwright results and prints the closing line
// `N passed, N failed`. A step that failed without a test result (type check, lint,
// portal start) counts as one failure, so a broken run never reads as green.
const fs = require('fs');
const path = require('path');

const [dir, ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;

const read = file => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch {
    return undefined;
  }
};

const jest = read('jest.json');
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
}

const e2e = read('e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
}

const stepsWithoutCounts = failedSteps.filter(
  s => !(s.startsWith('unit') && jest) && !(s.startsWith('browser') && e2e),
);
failed += stepsWithoutCounts.length;
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
