export interface Config {
  runway?: {
    /**
     * Which sources the families read: `demo` (the embedded demo world) or `live` (the
     * real upstreams). No silent fallback between them.
     * @visibility frontend
     */
    dataSource?: 'demo' | 'live';
    demo?: {
      /** Seed of the demo world. */
      seed?: number;
      /** Number of demo services; 12 matches examples/. */
      size?: number;
    };
  };
}
