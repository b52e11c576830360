import plugin, { sloApiRef } from './index';

describe('slo frontend plugin', () => {
  it('is the default export with its API ref', () => {
    expect(plugin.id).toBe('slo');
    expect(sloApiRef.id).toBe('plugin.slo.service');
  });
});
