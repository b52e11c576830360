import { mockServices } from '@backstage/backend-test-utils';
import { HttpRouterService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { serveFamily } from './serveFamily';

/** An httpRouter that mounts what it is given on a real express app. */
function httpRouterOn(app: express.Express): HttpRouterService {
  return { use: handler => void app.use(handler), addAuthPolicy: () => {} };
}

describe('serveFamily', () => {
  it('mounts the family router when it is on, and says it started', async () => {
    const app = express();
    const logger = mockServices.logger.mock();
    const serve = jest.fn(async ({ greeting }: { greeting: string }) => {
      const router = Router();
      router.get('/hello', (_req, res) => res.json({ greeting }));
      return router;
    });
    await serveFamily({
      family: 'slo',
      httpRouter: httpRouterOn(app),
      logger,
      choice: { off: false, greeting: 'hi' },
      serve,
    });
    const res = await request(app).get('/hello');
    expect(res.body).toEqual({ greeting: 'hi' });
    expect(logger.info).toHaveBeenCalledWith('slo started');
  });

  it('answers the typed 503 naming the keys, and builds nothing, when it is off', async () => {
    const app = express();
    const serve = jest.fn();
    await serveFamily({
      family: 'slo',
      httpRouter: httpRouterOn(app),
      logger: mockServices.logger.mock(),
      choice: { off: true, keys: ['prometheus.url'] },
      serve,
    });
    app.use(
      (err: any, _req: any, res: express.Response, _next: any) =>
        void res.status(err.statusCode).json({ name: err.name }),
    );
    const res = await request(app).get('/hello');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ name: 'NotConfiguredError' });
    expect(serve).not.toHaveBeenCalled();
  });
});
