import { Box, Flex, Grid } from '@backstage/ui';
import {
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { ChangesCard } from './ChangesCard';
import { CiStageStrip } from './CiStageStrip';
import { DoraPanel } from './DoraPanel';
import { EnvironmentsPanel } from './EnvironmentsPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { ConfirmButton, useCanSync } from './SyncControls';
import { shortRevision } from './format';

export const ARGOCD_ANNOTATIONS = ['argocd/app-selector', 'argocd/app-name'];

// A row of its own in the two-column layout, whatever the screen width.
const FULL = { initial: '1', md: '2' } as const;

/** The entity's "Deployments" tab. */
export function DeploymentsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(deploymentsApiRef);
  const canSync = useCanSync(entityRef);
  const annotated = ARGOCD_ANNOTATIONS.some(
    a => entity.metadata.annotations?.[a],
  );
  const { value, loading, error, retry } = useAsyncRetry(
    async () => (annotated ? api.getOverview(entityRef) : undefined),
    [api, entityRef, annotated],
  );

  if (!annotated) {
    return (
      <EmptyState
        missing="field"
        title="No ArgoCD application linked"
        description="Add the argocd/app-selector (or argocd/app-name) annotation to this entity to see its deployments."
      />
    );
  }
  if (loading && !value) return <Progress />;
  if (error)
    return <FamilyErrorPanel error={error} title="Deployments unavailable" />;
  if (!value) return null;
  const { data, source } = value;

  if (data.environments.length === 0) {
    return (
      <>
        <SourceBadge source={source} />
        {data.errors.map(e => (
          <WarningPanel
            key={e.upstream}
            title={`${e.upstream} did not answer`}
            message={e.message}
          />
        ))}
        <EmptyState
          missing="data"
          title="No deployments found"
          description="No ArgoCD application matches this entity's annotations."
        />
      </>
    );
  }

  const badge = <SourceBadge source={source} />;
  return (
    <Grid.Root columns={{ initial: '1', md: '2' }} gap="6">
      <Grid.Item colSpan={FULL}>
        <Flex gap="2">{badge}</Flex>
        {data.errors.map(e => (
          <WarningPanel
            key={`${e.upstream}${e.message}`}
            severity="warning"
            title={`${e.upstream}: partial data`}
            message={e.message}
          />
        ))}
      </Grid.Item>
      <Grid.Item colSpan={FULL}>
        <InfoCard title="Environments">
          <EnvironmentsPanel
            environments={data.environments}
            rollouts={data.rollouts}
            actions={env =>
              canSync ? (
                <Box mt="2">
                  <ConfirmButton
                    label="Sync"
                    question={`Sync ${env.app} (${env.environment}) to its target revision now?`}
                    run={() => api.sync(entityRef, env.environment)}
                    onDone={retry}
                  />
                </Box>
              ) : null
            }
          />
        </InfoCard>
      </Grid.Item>
      {data.latestRun && (
        <Grid.Item>
          <InfoCard title="Latest CI run">
            <CiStageStrip run={data.latestRun} history={data.history} />
          </InfoCard>
        </Grid.Item>
      )}
      <Grid.Item colSpan={data.latestRun ? undefined : FULL}>
        <InfoCard title={`DORA, last ${data.dora.windowDays} days`}>
          <DoraPanel dora={data.dora} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={FULL}>
        <InfoCard
          title={`Changes and incidents, last ${data.dora.windowDays} days`}
        >
          <ChangesCard
            entityRef={entityRef}
            history={data.history}
            days={data.dora.windowDays}
          />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={FULL}>
        <InfoCard title="History">
          <HistoryTimeline
            history={data.history}
            actions={d => {
              const current = data.environments.find(
                e => e.environment === d.environment,
              );
              if (
                !canSync ||
                d.kind !== 'deploy' ||
                !current ||
                current.revision === d.revision
              )
                return null;
              return (
                <ConfirmButton
                  label="Roll back"
                  destructive
                  question={`Roll ${current.app} back to ${shortRevision(
                    d.revision,
                  )}?`}
                  run={() => api.rollback(entityRef, d.environment, d.id)}
                  onDone={retry}
                />
              );
            }}
          />
        </InfoCard>
      </Grid.Item>
    </Grid.Root>
  );
}
