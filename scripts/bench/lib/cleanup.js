'use strict';
// What the bench started, stopped again on every way out: normal end, failure, Ctrl-C.
// The backend and the live upstreams run in their own process groups (detached), so a
// terminal's Ctrl-C reaches only the bench: it must stop them itself.
const running = new Set();

/** Registers `stop` until it has run; returns a wrapper that also unregisters it. */
function track(stop) {
  const once = async () => {
    running.delete(once);
    await stop();
  };
  running.add(once);
  return once;
}

async function stopAll() {
  await Promise.allSettled([...running].map(stop => stop()));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n[bench] ${signal}: stopping what the bench started`);
    stopAll().finally(() => process.exit(130));
  });
}

module.exports = { track, stopAll };
