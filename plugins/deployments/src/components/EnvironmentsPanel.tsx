import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EnvironmentStatus, Rollout } from '@runway/plugin-deployments-common';
import { ReactNode } from 'react';
import { HealthChip } from './HealthChip';
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
    <Typography
      variant="body2"
      color="primary"
      data-testid={`rollout-${rollout.environment}`}
    >
      {text}
    </Typography>
  );
}

/** dev, staging and prod side by side: what runs, whether it is synced and healthy, since when. */
export function EnvironmentsPanel({
  environments,
  rollouts,
  actions,
}: EnvironmentsPanelProps) {
  return (
    <Grid container spacing={2}>
      {environments.map(env => {
        const rollout = rollouts.find(r => r.environment === env.environment);
        return (
          <Grid item xs={12} md={4} key={`${env.instance}/${env.app}`}>
            <Card
              variant="outlined"
              data-testid={`environment-${env.environment}`}
            >
              <CardContent>
                <Box
                  display="flex"
                  justifyContent="space-between"
                  alignItems="center"
                >
                  <Typography variant="h6">{env.environment}</Typography>
                  <HealthChip health={env.health} />
                </Box>
                <Typography variant="body2">
                  {env.imageTag ?? shortRevision(env.revision)}{' '}
                  <Typography
                    component="span"
                    variant="caption"
                    color="textSecondary"
                  >
                    ({shortRevision(env.revision)})
                  </Typography>
                </Typography>
                <Typography
                  variant="body2"
                  color={env.sync === 'Synced' ? 'textSecondary' : 'error'}
                >
                  {env.sync} · deployed {timeAgo(env.deployedAt)}
                  {env.deployedBy ? ` by ${env.deployedBy}` : ''}
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {env.app} on {env.instance}
                </Typography>
                {rollout && <RolloutLine rollout={rollout} />}
                {actions?.(env)}
              </CardContent>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
}
