import express from 'express';
import request from 'supertest';
import { notConfiguredRouter } from '../dataSource';
import { notConfigured, notConfiguredAnswers } from './notConfigured';

describe('notConfiguredAnswers', () => {
  const app = express();
  app.get('/on', (_req, res) => void res.json({ ok: true }));
  app.use(notConfiguredRouter('slo', ['prometheus.url']));
  app.use(
    (err: any, _req: any, res: express.Response, _next: any) =>
      void res
        .status(err.statusCode)
        .json({ error: { name: err.name, message: err.message } }),
  );

  it('tells the typed 503 naming the key from other answers', async () => {
    expect(
      await notConfiguredAnswers(
        [request(app).get('/off'), request(app).get('/on')],
        'prometheus.url',
      ),
    ).toEqual([
      notConfigured,
      { status: 200, name: undefined, namesKey: false },
    ]);
  });
});
