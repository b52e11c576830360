import { Flex, Grid, Text } from '@backstage/ui';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  COMPLIANCE_ORIGINS,
  ComplianceServiceDetail,
} from '@runway/plugin-compliance-common';
import { MeasurementState } from '@runway/runway-common';
import { SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { complianceApiRef } from '../api/ComplianceApi';
import { ComplianceState } from './ComplianceState';
import { FailingControls } from './FailingControls';
import { dateTime, duration, ORIGIN_LABELS } from './format';
import { MeasuredLine, PostureChips } from './Posture';
import { StatusChip } from './StatusChip';

function sourceLabel(s: MeasurementState): string {
  if (s.state === 'ok') return `measured ${dateTime(s.at!)}`;
  if (s.state === 'never') return 'never measured';
  return `failed at ${dateTime(s.at!)} (${s.error})`;
}

function trailLabel(logging: boolean | null): string {
  if (logging === null) return 'unknown';
  return logging ? 'enabled and logging' : 'NOT logging';
}

/** Each source's own state: one failing source does not hide what the others measured. */
function Sources({ detail }: { detail: ComplianceServiceDetail }) {
  return (
    <Flex direction="column" gap="2" data-testid="sources">
      {COMPLIANCE_ORIGINS.map(origin => {
        const s = detail.sources[origin];
        const label = sourceLabel(s);
        return (
          <Flex key={origin} gap="2" align="center">
            <StatusChip
              label={ORIGIN_LABELS[origin]}
              tone={s.state === 'ok' ? 'good' : 'unknown'}
              testId={`source-${origin}`}
            />
            <Text color="secondary">{label}</Text>
          </Flex>
        );
      })}
      <Text as="p" color="secondary" data-testid="cloudtrail">
        CloudTrail: {trailLabel(detail.cloudTrailLogging)}
      </Text>
      {detail.standards.length > 0 && (
        <Text as="p" color="secondary">
          Standards: {detail.standards.join(', ')}
        </Text>
      )}
    </Flex>
  );
}

function Recovery({ detail }: { detail: ComplianceServiceDetail }) {
  const { backup } = detail;
  if (!backup) {
    return (
      <Text as="p" color="secondary">
        No resource of this service is under AWS Backup (or Backup was never
        read): recovery posture unknown.
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="1" data-testid="recovery">
      <Text as="p">
        Protected resources: <strong>{backup.protectedResources}</strong>
      </Text>
      <Text as="p">
        Last completed backup:{' '}
        {backup.lastBackupAt
          ? `${dateTime(backup.lastBackupAt)} (${duration(
              backup.rpoMinutes ?? 0,
            )} ago; RPO target ${duration(backup.rpoTargetMinutes)})`
          : 'never'}
      </Text>
      <Text as="p">
        Last restore test:{' '}
        {backup.lastRestoreTestAt
          ? `${dateTime(backup.lastRestoreTestAt)}, took ${
              backup.restoreMinutes === null
                ? 'unknown time'
                : duration(backup.restoreMinutes)
            } (RTO target ${duration(backup.rtoTargetMinutes)})`
          : 'none in the last 35 days'}
      </Text>
    </Flex>
  );
}

/** The service's Compliance tab. */
export function EntityComplianceContent() {
  const { entity } = useEntity();
  const api = useApi(complianceApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntity(ref),
    [api, ref],
  );

  return (
    <ComplianceState loading={loading} error={error}>
      {() => {
        const { source, data } = value!;
        return (
          <Grid.Root columns="12" gap="6">
            <Grid.Item colSpan={{ initial: '12', md: '7' }}>
              <InfoCard
                title="Compliance and recovery posture"
                action={<SourceBadge source={source} />}
              >
                <PostureChips summary={data} />
                <Flex direction="column" gap="2" mt="4">
                  <Recovery detail={data} />
                  <MeasuredLine summary={data} />
                </Flex>
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '5' }}>
              <InfoCard title="Sources">
                <Sources detail={data} />
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan="12">
              <FailingControls
                failing={data.failing}
                measured={data.state.state !== 'never'}
              />
            </Grid.Item>
          </Grid.Root>
        );
      }}
    </ComplianceState>
  );
}
