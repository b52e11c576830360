// Two replicas started at the same moment on one fresh PostgreSQL database (issue #19): both
// become ready (a replica whose start fails exits 1 and is restarted, as Kubernetes does);
// the scheduled task runs once per period across the two, never on both at once; after a
// SIGKILL mid-run the other replica runs it once the killed run's timeout has passed and
// Backstage's scheduler janitor (once a minute) has freed the lock.
import crypto from 'crypto';
import { Replica, waitFor } from './__testUtils__/replica/harness';

// pg ships no types here (@types/pg is not installed): the little this test uses.
type PgClient = {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: any[] }>;
  end(): Promise<void>;
};
const { Client } = require('pg') as {
  Client: new (options: { connectionString: string }) => PgClient;
};

const SERVER_URL =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const FREQUENCY_S = 3;
const TIMEOUT_S = 5;
const RUN_MS = 1500;
const OBSERVE_MS = 12_000;
// Backstage 1.55 frees an expired run's lock only in the scheduler janitor, which runs once a
// minute per plugin (hard-coded in DefaultSchedulerService): after a kill -9 the next run
// comes after the task timeout, the survivor's next janitor pass and its next poll.
const JANITOR_S = 60;
const AFTER_KILL_BOUND_MS = (TIMEOUT_S + JANITOR_S + FREQUENCY_S) * 1000 + 2000;

type Run = {
  id: number;
  replica: string;
  pid: number;
  started_at: Date;
  finished_at: Date | null;
};

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

jest.setTimeout(300_000);

describe('replicas on one PostgreSQL', () => {
  const database = `runway_replicas_${crypto.randomBytes(4).toString('hex')}`;
  let admin: PgClient;
  let db: PgClient;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    if (!SERVER_URL) {
      throw new Error(
        'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set: this test needs a ' +
          'PostgreSQL server (scripts/test-all.sh starts one with scripts/postgres.sh).',
      );
    }
    admin = new Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    db = new Client({ connectionString: withDatabase(SERVER_URL, database) });
    await db.connect();
    await db.query(`CREATE TABLE public.ticker_runs (
      id serial PRIMARY KEY, replica text NOT NULL, pid int NOT NULL,
      started_at timestamptz NOT NULL DEFAULT clock_timestamp(), finished_at timestamptz)`);
  });

  afterAll(async () => {
    await Promise.all(replicas.map(r => r.stop()));
    await db?.end();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });

  const runs = async (): Promise<Run[]> =>
    (await db.query('SELECT * FROM public.ticker_runs ORDER BY started_at'))
      .rows;

  it('both start, the task runs once per period and resumes after a kill -9', async () => {
    const url = withDatabase(SERVER_URL!, database);
    const env = {
      TICKER_FREQUENCY_SECONDS: String(FREQUENCY_S),
      TICKER_TIMEOUT_SECONDS: String(TIMEOUT_S),
      TICKER_RUN_MS: String(RUN_MS),
    };
    for (const name of ['replica-a', 'replica-b']) {
      replicas.push(new Replica(name, url, env));
    }
    const t0 = Date.now();
    await Promise.all(replicas.map(r => r.start())); // the same moment
    await waitFor(
      async () =>
        (await Promise.all(replicas.map(r => r.ready()))).every(Boolean),
      // Two backends booting on two cores beside the rest of the jest run: seen over 90 s.
      180_000,
      'both replicas to be ready',
      250,
      () => replicas.map(r => r.describe()).join('\n'),
    );
    const readyAt = Date.now();
    const exits = replicas.flatMap(r => r.exits);
    // What a concurrent start did: every failed start exited 1 with its reason logged.
    console.log(
      `both replicas ready after ${
        readyAt - t0
      } ms; failed starts (restarted): ${
        exits.length
          ? exits
              .map(e => `${e.replica} code ${e.code}: ${e.reason}`)
              .join(' | ')
          : 'none'
      }`,
    );
    for (const e of exits) {
      expect(e.code).toBe(1);
      expect(e.reason).toContain('failed to start, exiting with code 1');
    }

    // Once per period across the two, never concurrently.
    await new Promise(r => setTimeout(r, OBSERVE_MS));
    const observed = (await runs()).filter(
      r => r.started_at.getTime() >= readyAt,
    );
    const finished = observed.filter(r => r.finished_at);
    for (let i = 1; i < observed.length; i++) {
      const prev = observed[i - 1];
      expect(prev.finished_at).not.toBeNull();
      expect(observed[i].started_at.getTime()).toBeGreaterThanOrEqual(
        prev.finished_at!.getTime(),
      );
    }
    // The poll is every FREQUENCY_S, so a period lasts between one and two frequencies.
    expect(observed.length).toBeGreaterThanOrEqual(
      Math.floor(OBSERVE_MS / 1000 / (2 * FREQUENCY_S)),
    );
    expect(observed.length).toBeLessThanOrEqual(
      Math.ceil(OBSERVE_MS / 1000 / FREQUENCY_S) + 1,
    );
    const perReplica = Object.fromEntries(
      replicas.map(r => [
        r.name,
        observed.filter(o => o.replica === r.name).length,
      ]),
    );
    console.log(
      `${observed.length} runs in ${OBSERVE_MS / 1000} s (${
        finished.length
      } finished), per replica ${JSON.stringify(perReplica)}`,
    );

    // kill -9 the replica in the middle of a run.
    const running = await waitFor(
      async () => (await runs()).find(r => !r.finished_at),
      4 * FREQUENCY_S * 1000,
      'a run in progress',
      100,
    );
    const victim = replicas.find(r => r.name === running.replica)!;
    const survivor = replicas.find(r => r !== victim)!;
    const before = (await runs()).length;
    victim.kill();
    const killedAt = Date.now();
    const next = await waitFor(
      async () => (await runs()).find(r => r.started_at.getTime() > killedAt),
      AFTER_KILL_BOUND_MS + 5000,
      'the next run after the kill',
      100,
    );
    const gapMs = next.started_at.getTime() - running.started_at.getTime();
    console.log(
      `killed ${victim.name} in run ${running.id}; next run ${next.id} on ${next.replica} ` +
        `${gapMs} ms after the killed run started (${
          next.started_at.getTime() - killedAt
        } ms after the kill)`,
    );
    expect(next.replica).toBe(survivor.name);
    // Not before the killed run's timeout (the lock holds), and within timeout + janitor + poll.
    expect(gapMs).toBeGreaterThanOrEqual(TIMEOUT_S * 1000 - 500);
    expect(gapMs).toBeLessThanOrEqual(AFTER_KILL_BOUND_MS);
    // Nothing stored was lost; the killed run stays as it was left (never finished).
    const after = await runs();
    expect(after.length).toBeGreaterThanOrEqual(before + 1);
    expect(after.find(r => r.id === running.id)?.finished_at).toBeNull();
    expect(await survivor.ready()).toBe(true);
  });
});
