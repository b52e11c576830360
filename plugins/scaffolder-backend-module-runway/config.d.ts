export interface Config {
  runway?: {
    scaffolder?: {
      /**
       * Folder runway:publish:local publishes new services to (one git repository per
       * service). Relative paths are resolved from the backend's working directory.
       */
      localOutputDir?: string;
    };
  };
}
