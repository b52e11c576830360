import { readText, renderAllSets } from './__testUtils__/renderSets';
import { parseWithGitHub } from './__testUtils__/workflowParser';

jest.setTimeout(60_000);

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;

describe('symfony-service template: the CI workflow through @actions/workflow-parser', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('parses and converts without errors, every needs resolves and every action is pinned to a commit', async () => {
    for (const set of Object.values(sets)) {
      const { parseErrors, convertErrors, jobs } = await parseWithGitHub(
        'ci.yml',
        await readText(set, '.github/workflows/ci.yml'),
      );
      expect({ set: set.values.name, parseErrors, convertErrors }).toEqual({
        set: set.values.name,
        parseErrors: [],
        convertErrors: [],
      });
      const ids = jobs.map(j => j.id);
      expect(jobs.flatMap(j => j.needs.filter(n => !ids.includes(n)))).toEqual(
        [],
      );
      const uses = jobs.flatMap(j => j.uses);
      expect(uses.length).toBeGreaterThan(8);
      expect(uses.filter(u => !PINNED.test(u))).toEqual([]);
    }
  });

  it('reports a broken expression and an unknown needs (so the checks above can fail)', async () => {
    const broken = await parseWithGitHub(
      'broken.yml',
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ github.sha
`,
    );
    expect(broken.parseErrors.join('\n')).toMatch(/expression/i);
    const unknownNeeds = await parseWithGitHub(
      'needs.yml',
      `on: push
jobs:
  root:
    runs-on: ubuntu-latest
    steps:
      - run: 'true'
  a:
    runs-on: ubuntu-latest
    needs: [root, nowhere]
    steps:
      - uses: actions/checkout@v4
`,
    );
    expect(
      [...unknownNeeds.parseErrors, ...unknownNeeds.convertErrors].join('\n'),
    ).toMatch(/nowhere/);
    const unpinned = await parseWithGitHub(
      'unpinned.yml',
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`,
    );
    expect(unpinned.jobs[0].uses.filter(u => !PINNED.test(u))).toEqual([
      'actions/checkout@v4',
    ]);
  });
});
