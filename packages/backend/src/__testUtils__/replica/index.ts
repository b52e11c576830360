// A minimal Runway replica for the concurrent-start test (concurrentReplicas.test.ts): the
// real catalog (its migrations are the ones that collide) and a "ticker" plugin whose
// scheduled task records each run in public.ticker_runs, started through startOrExit as
// packages/backend/src/index.ts is. Run as a child process with --require nodeTransform.cjs.
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startOrExit } from '../../startOrExit';

const FREQUENCY_SECONDS = Number(process.env.TICKER_FREQUENCY_SECONDS ?? 3);
const TIMEOUT_SECONDS = Number(process.env.TICKER_TIMEOUT_SECONDS ?? 5);
const RUN_MS = Number(process.env.TICKER_RUN_MS ?? 1500);
const REPLICA = process.env.REPLICA_NAME ?? String(process.pid);

const ticker = createBackendPlugin({
  pluginId: 'ticker',
  register(env) {
    env.registerInit({
      deps: {
        scheduler: coreServices.scheduler,
        database: coreServices.database,
        logger: coreServices.logger,
      },
      async init({ scheduler, database, logger }) {
        const knex = await database.getClient();
        await scheduler.scheduleTask({
          id: 'ticker-refresh',
          frequency: { seconds: FREQUENCY_SECONDS },
          timeout: { seconds: TIMEOUT_SECONDS },
          initialDelay: { seconds: 1 },
          fn: async signal => {
            const [row] = await knex('public.ticker_runs')
              .insert({ replica: REPLICA, pid: process.pid })
              .returning('id');
            logger.info(`ticker run ${row.id} started on ${REPLICA}`);
            await new Promise(r => setTimeout(r, RUN_MS));
            if (signal?.aborted) return;
            await knex('public.ticker_runs')
              .where({ id: row.id })
              .update({ finished_at: knex.fn.now() });
          },
        });
      },
    });
  },
});

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(ticker);
startOrExit(backend);
