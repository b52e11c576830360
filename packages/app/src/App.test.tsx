import { render } from '@testing-library/react';
import App from './App';

describe('App', () => {
  const env = process.env;
  afterEach(() => {
    process.env = env;
  });

  it('starts on Runway sign-in page with the guest provider', async () => {
    process.env = {
      ...env,
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            runway: { signIn: { providers: ['guest'] } },
          },
          context: 'test',
        },
      ] as any,
    };

    const rendered = render(App.createRoot());

    expect(
      await rendered.findByText('Welcome to Runway', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      await rendered.findByRole('button', { name: 'Enter' }),
    ).toBeInTheDocument();
  }, 30_000);
});
