import { Card, CardBody, Flex, Grid, Text } from '@backstage/ui';
import { EnvironmentStatus, Rollout } from '@runway/plugin-deployments-common';
import { ReactNode } from 'react';
import { HealthChip } from './HealthChip';
import { PodsReady } from './PodsReady';
import { shortRevision, timeAgo } from './format';

export interface EnvironmentsPanelProps {
  environments: EnvironmentStatus[];
  rollouts: Rollout[];
  /** Sync controls for one environment, drawn only when the viewer may use them. */
  actions?: (env: EnvironmentStatus) => ReactNode;
}

function RolloutLine({ rollout }: { rollout: Rollout }) {
  const text =
    rollout.strategy === 'canary'
      ? `Canary step ${rollout.step}/${rollout.totalSteps} at ${rollout.weight} % traffic (${rollout.phase})`
      : `Blue-green: preview ${rollout.previewHash ?? '?'} waiting, active ${
          rollout.activeHash ?? '?'
        } (${rollout.phase})`;
  return (
    <Text
      as="p"
      variant="body-medium"
      color="info"
      data-testid={`rollout-${rollout.environment}`}
    >
      {text}
    </Text>
  );
}

/** dev, staging and prod side by side: what runs, whether it is synced and healthy, since when. */
export function EnvironmentsPanel({
  environments,
  rollouts,
  actions,
}: EnvironmentsPanelProps) {
  return (
    <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
      {environments.map(env => {
        const rollout = rollouts.find(r => r.environment === env.environment);
        return (
          <Card
            key={`${env.instance}/${env.app}`}
            data-testid={`environment-${env.environment}`}
            style={{ border: '1px solid var(--bui-border-1)' }}
          >
            <CardBody>
              <Flex justify="between" align="center" mb="1">
                <Text as="h3" variant="title-x-small" weight="bold">
                  {env.environment}
                </Text>
                <Flex gap="1" align="center">
                  <PodsReady environment={env.environment} />
                  <HealthChip health={env.health} />
                </Flex>
              </Flex>
              <Text as="p" variant="body-medium">
                {env.imageTag ?? shortRevision(env.revision)}{' '}
                <Text variant="body-small" color="secondary">
                  ({shortRevision(env.revision)})
                </Text>
              </Text>
              <Text
                as="p"
                variant="body-medium"
                color={env.sync === 'Synced' ? 'secondary' : 'danger'}
              >
                {env.sync} · deployed {timeAgo(env.deployedAt)}
                {env.deployedBy ? ` by ${env.deployedBy}` : ''}
              </Text>
              <Text as="p" variant="body-small" color="secondary">
                {env.app} on {env.instance}
              </Text>
              {rollout && <RolloutLine rollout={rollout} />}
              {actions?.(env)}
            </CardBody>
          </Card>
        );
      })}
    </Grid.Root>
  );
}
