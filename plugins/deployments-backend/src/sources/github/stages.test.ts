import { stageOf, statusOf, toStages } from './stages';

describe('CI stage mapping', () => {
  it.each([
    ['php-cs-fixer', 'quality'],
    ['phpstan', 'quality'],
    ['phpunit', 'test'],
    ['Trivy scan', 'security'],
    ['composer audit', 'security'],
    ['build image', 'build'],
    ['docker push', 'build'],
    ['deploy to dev', 'deploy'],
    ['smoke tests after deploy', 'verify'],
    ['notify slack', undefined],
  ])('%s -> %s', (name, stage) => {
    expect(stageOf(name)).toBe(stage);
  });

  it.each([
    ['completed', 'success', 'success'],
    ['completed', 'failure', 'failure'],
    ['completed', 'timed_out', 'failure'],
    ['completed', 'cancelled', 'failure'],
    ['completed', 'skipped', 'skipped'],
    ['in_progress', null, 'running'],
    ['queued', null, 'pending'],
  ])('%s/%s -> %s', (status, conclusion, expected) => {
    expect(statusOf({ status, conclusion })).toBe(expected);
  });

  it('shows the worst job of a stage and marks missing stages skipped', () => {
    const stages = toStages([
      { name: 'unit tests', status: 'completed', conclusion: 'success' },
      { name: 'integration tests', status: 'completed', conclusion: 'failure' },
    ]);
    expect(stages.find(s => s.stage === 'test')?.status).toBe('failure');
    expect(
      stages.filter(s => s.status === 'skipped').map(s => s.stage),
    ).toEqual(['quality', 'security', 'build', 'deploy', 'verify']);
  });
});
