export interface Config {
  runway?: {
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page: `guest` on the embedded default,
       * `github` in production.
       * @visibility frontend
       */
      providers?: Array<'guest' | 'github'>;
    };
  };
}
