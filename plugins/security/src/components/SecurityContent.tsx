import { Alert, Box, Grid, Text } from '@backstage/ui';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Finding,
  securitySuppressPermission,
} from '@runway/plugin-security-common';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { securityApiRef } from '../api/SecurityApi';
import { FindingDetailDialog } from './FindingDetailDialog';
import { FindingsTable } from './FindingsTable';
import { SecurityCounts } from './SecurityCounts';
import { SuppressDialog } from './SuppressDialog';
import { TrendChart } from './TrendChart';

/** The entity's "Security" tab. */
export function SecurityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(securityApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntity(entityRef),
    [api, entityRef],
  );
  const { allowed: canSuppress, loading: permissionLoading } = usePermission({
    permission: securitySuppressPermission,
    resourceRef: entityRef,
  });
  const [selected, setSelected] = useState<Finding>();
  const [suppressing, setSuppressing] = useState<Finding>();

  if (loading && !value) return <Progress />;
  if (error)
    return <FamilyErrorPanel error={error} title="Security unavailable" />;
  if (!value) return null;
  const { source, data } = value;

  return (
    <Grid.Root columns="12" gap="6">
      {source.stale && (
        <Grid.Item colSpan="12">
          <Alert
            status="warning"
            icon
            data-testid="stale-alert"
            title={`Showing findings from the last successful scan (${new Date(
              source.fetchedAt,
            ).toLocaleString()})`}
            description={source.error ?? 'a scanner did not answer'}
          />
        </Grid.Item>
      )}
      <Grid.Item colSpan={{ initial: '12', md: '5' }}>
        <InfoCard
          title="Open findings"
          action={<SourceBadge source={source} />}
        >
          <SecurityCounts summary={data.summary} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '12', md: '7' }}>
        <InfoCard title="Last 90 days">
          <TrendChart trend={data.trend} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan="12">
        {data.findings.length === 0 ? (
          <InfoCard title="Findings">
            <Box p="4">
              <Text
                as="p"
                variant="body-large"
                color="secondary"
                data-testid="empty"
              >
                No scan has reported findings for this service yet. Findings
                arrive from the scheduled AWS refresh or from CI posting Trivy /
                SARIF reports to /api/security/reports.
              </Text>
            </Box>
          </InfoCard>
        ) : (
          <>
            {!permissionLoading && !canSuppress && (
              <Text
                variant="body-small"
                color="secondary"
                data-testid="suppress-hint"
              >
                Only the service's owners can suppress findings.
              </Text>
            )}
            <FindingsTable findings={data.findings} onSelect={setSelected} />
          </>
        )}
      </Grid.Item>
      {selected && (
        <FindingDetailDialog
          finding={selected}
          canSuppress={canSuppress}
          onClose={() => setSelected(undefined)}
          onSuppress={() => {
            setSuppressing(selected);
            setSelected(undefined);
          }}
          onUnsuppress={async () => {
            await api.unsuppress(selected.id);
            setSelected(undefined);
            retry();
          }}
        />
      )}
      {suppressing && (
        <SuppressDialog
          finding={suppressing}
          onCancel={() => setSuppressing(undefined)}
          onSubmit={async s => {
            await api.suppress(suppressing.id, s);
            setSuppressing(undefined);
            retry();
          }}
        />
      )}
    </Grid.Root>
  );
}
