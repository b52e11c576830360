/**
 * Live, with ArgoCD and nothing else (no Prometheus, no Alertmanager, no AWS): the config a
 * family's tests start with to see it switch itself off.
 *
 * @public
 */
export const LIVE_ARGOCD_ONLY = {
  runway: { dataSource: 'live' },
  argocd: {
    instances: [
      { name: 'main', url: 'https://argocd.example.com', token: 't' },
    ],
  },
};

/** @public */
export interface NotConfiguredAnswer {
  status: number;
  /** `error.name` of the answer (`NotConfiguredError` for a family that is off). */
  name?: string;
  /** Whether the error message names the config key to set. */
  namesKey: boolean;
}

/**
 * What each request answered, in order, in the terms of the typed 503 a family that is off
 * gives (see `notConfiguredRouter`); a test compares them with {@link notConfigured}.
 *
 * @public
 */
export async function notConfiguredAnswers(
  requests: Array<PromiseLike<{ status: number; body: any }>>,
  key: string,
): Promise<NotConfiguredAnswer[]> {
  const answers: NotConfiguredAnswer[] = [];
  for (const req of requests) {
    const res = await req;
    answers.push({
      status: res.status,
      name: res.body?.error?.name,
      namesKey: String(res.body?.error?.message ?? '').includes(key),
    });
  }
  return answers;
}

/** The answer of a family that is off, naming its key. @public */
export const notConfigured: NotConfiguredAnswer = {
  status: 503,
  name: 'NotConfiguredError',
  namesKey: true,
};
