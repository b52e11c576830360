export interface Config {
  runway?: {
    localFiles?: {
      /**
       * Folders `file:` URLs may be read from through coreServices.urlReader (SLO specs,
       * runbooks, ADRs of the local demo services). Relative to the backend's working directory.
       */
      allowedRoots?: string[];
    };
  };
}
