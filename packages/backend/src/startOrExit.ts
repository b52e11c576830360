// backend.start() rejects when a plugin or module fails to start (a migration that finds the
// lock taken, a live family without its config). Backstage then logs "Backend startup failed"
// and leaves the process running: listening, readiness 503 forever, and the plugins that did
// start keep their schedulers claiming shared task locks. Here any start failure is logged and
// the process exits non-zero, so Kubernetes restarts the pod (the restart finds the migrations
// done and starts).

/** What startOrExit needs of a backend (a `createBackend()` result satisfies it). */
export interface StartableBackend {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

export interface StartOrExitOptions {
  /** Defaults to process.exit. */
  exit?: (code: number) => void;
  /** Defaults to console.error (stderr; the root logger may be what failed). */
  log?: (message: string) => void;
  /** How long the failed backend may take to stop before the exit anyway (ms). */
  stopTimeoutMs?: number;
}

export const START_FAILED_EXIT_CODE = 1;

/**
 * Starts the backend; on failure logs the reason, stops what did start (bounded by
 * stopTimeoutMs, so task locks are released when possible) and exits with code 1.
 * Resolves true when the backend started, false after it asked for the exit.
 */
export async function startOrExit(
  backend: StartableBackend,
  options: StartOrExitOptions = {},
): Promise<boolean> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? ((message: string) => console.error(message));
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  try {
    await backend.start();
    return true;
  } catch (error) {
    const reason =
      error instanceof Error ? error.stack ?? error.message : String(error);
    log(
      `Runway backend failed to start, exiting with code ${START_FAILED_EXIT_CODE}: ${reason}`,
    );
    process.exitCode = START_FAILED_EXIT_CODE;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      backend.stop().catch(e => log(`stopping the failed backend: ${e}`)),
      new Promise<void>(resolve => {
        timer = setTimeout(resolve, stopTimeoutMs);
        timer.unref?.();
      }),
    ]);
    if (timer) clearTimeout(timer);
    exit(START_FAILED_EXIT_CODE);
    return false;
  }
}
