import { sloPlugin } from './plugin';

describe('slo', () => {
  it('should export plugin', () => {
    expect(sloPlugin).toBeDefined();
  });
});
