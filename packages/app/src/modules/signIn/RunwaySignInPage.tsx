import { SignInPage } from '@backstage/core-components';
import {
  configApiRef,
  githubAuthApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';

const github = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your company GitHub account',
  apiRef: githubAuthApiRef,
};

/**
 * Guest sign-in on the embedded default, GitHub in production: `runway.signIn.providers`
 * says which, so one build serves both.
 */
export function RunwaySignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  const names = config.getOptionalStringArray('runway.signIn.providers') ?? [
    'guest',
  ];
  const providers = names.map(name =>
    name === 'github' ? github : ('guest' as const),
  );
  return (
    <SignInPage
      {...props}
      title="Welcome to Runway"
      align="center"
      providers={providers}
    />
  );
}
