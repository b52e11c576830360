/**
 * The form values the template is run with in tests (what the Create page would send).
 */
const base = {
  name: 'orders-api',
  description: 'Takes orders',
  owner: 'group:default/team-checkout',
  system: 'system:default/shop',
  phpVersion: '8.3',
  symfonyVersion: '7.3',
  database: 'none',
  cache: 'none',
  s3Bucket: false,
  jwtAuth: false,
  environments: ['dev', 'staging', 'prod'],
  awsRegion: 'eu-west-1',
  clusters: { dev: 'eks-dev', staging: 'eks-staging', prod: 'eks-prod' },
  replicas: 2,
  hpaMin: 2,
  hpaMax: 6,
  strategy: 'rolling',
  availabilityTarget: 99.9,
  latencyThresholdMs: 300,
  latencyTarget: 99,
  publishTarget: 'local',
};

export const parameterSets = {
  minimal: {
    ...base,
    environments: ['dev'],
    symfonyVersion: '6.4',
    phpVersion: '8.2',
  },
  everythingOn: {
    ...base,
    name: 'billing-ledger',
    // quotes, a colon and a hash: YAML, JSON and Markdown must all survive them
    description: `Ledger "v2": bills & refunds #1, it's money`,
    database: 'rds-mysql',
    cache: 'elasticache-redis',
    s3Bucket: true,
    jwtAuth: true,
    pagerDutyServiceId: 'PB1LL99',
    dependsOn: [
      'resource:default/eks-prod',
      'resource:default/shop-prod-mysql',
    ],
    availabilityTarget: 99.95,
    latencyThresholdMs: 1000,
  },
  canary: {
    ...base,
    name: 'search-api',
    strategy: 'canary',
    environments: ['staging', 'prod'],
  },
  blueGreen: {
    ...base,
    name: 'pay',
    strategy: 'blue-green',
    database: 'rds-mysql',
    latencyThresholdMs: 250,
  },
};

export type ParameterSetName = keyof typeof parameterSets;
