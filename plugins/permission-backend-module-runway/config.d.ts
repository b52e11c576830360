export interface Config {
  runway?: {
    permissions?: {
      /** Groups whose members read every service's cost (entity refs). Default: group:default/leadership. */
      leadershipGroups?: string[];
    };
  };
}
