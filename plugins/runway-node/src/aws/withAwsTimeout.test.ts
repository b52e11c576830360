import { withAwsTimeout } from './withAwsTimeout';

describe('withAwsTimeout', () => {
  it('answers what the call answers in time', async () => {
    await expect(withAwsTimeout(1000, async () => 'images')).resolves.toBe(
      'images',
    );
  });

  it('aborts the request and rejects with a TimeoutError, even when the call ignores the signal', async () => {
    let signal: AbortSignal | undefined;
    const never = (options: { abortSignal: AbortSignal }) => {
      signal = options.abortSignal;
      return new Promise<string>(() => {});
    };
    await expect(withAwsTimeout(20, never)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'no answer within 20 ms',
    });
    expect(signal?.aborted).toBe(true);
  });
});
