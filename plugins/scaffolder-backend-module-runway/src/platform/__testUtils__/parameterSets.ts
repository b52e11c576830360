/** The form values the aws-platform template is run with in tests (what the Create page sends). */
const base = {
  name: 'runway',
  owner: 'group:default/team-platform',
  awsAccountId: '123456789012',
  awsRegion: 'eu-west-1',
  backupRegion: 'eu-central-1',
  domain: 'runway.example.com',
  teams: [
    { name: 'team-checkout', monthlyBudgetUsd: 4000 },
    { name: 'team-payments', monthlyBudgetUsd: 3000 },
    { name: 'team-catalog', monthlyBudgetUsd: 2500 },
  ],
  environments: ['dev', 'staging', 'prod'],
  budgetAlertEmail: 'finops@runway.example',
  publishTarget: 'local',
};

export const platformParameterSets = {
  everyEnvironment: base,
  devOnly: {
    ...base,
    name: 'sandbox',
    domain: 'sandbox.example.org',
    teams: [{ name: 'team-solo', monthlyBudgetUsd: 500 }],
    environments: ['dev'],
  },
  stagingAndProd: {
    ...base,
    name: 'shop',
    awsRegion: 'us-east-2',
    backupRegion: 'us-west-2',
    environments: ['staging', 'prod'],
  },
};

export type PlatformSetName = keyof typeof platformParameterSets;
export type PlatformValues = (typeof platformParameterSets)[PlatformSetName];
