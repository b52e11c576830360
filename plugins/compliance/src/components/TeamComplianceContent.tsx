import { Flex, Grid, Text } from '@backstage/ui';
import { InfoCard, Link, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ComplianceSummary } from '@runway/plugin-compliance-common';
import { SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { complianceApiRef } from '../api/ComplianceApi';
import { ComplianceState } from './ComplianceState';
import { percent } from './format';
import { RpoChip, RtoChip, ScoreChip, scoreTone } from './Posture';
import { StatusChip } from './StatusChip';

const serviceLink = (ref: string) => {
  const { kind, namespace, name } = parseEntityRef(ref);
  return (
    <Link to={`/catalog/${namespace}/${kind.toLowerCase()}/${name}/compliance`}>
      {name}
    </Link>
  );
};

const columns: TableColumn<ComplianceSummary>[] = [
  {
    title: 'Service',
    field: 'entityRef',
    render: r => serviceLink(r.entityRef),
  },
  { title: 'Score', field: 'score', render: r => <ScoreChip summary={r} /> },
  {
    title: 'Failing controls',
    field: 'failing',
    render: r => {
      if (r.failing.length) {
        return [...new Set(r.failing.map(f => f.controlId))].join(', ');
      }
      return r.state.state === 'never' ? '—' : 'none';
    },
  },
  { title: 'Backup RPO', render: r => <RpoChip backup={r.backup} /> },
  { title: 'Restore test', render: r => <RtoChip backup={r.backup} /> },
  {
    title: 'State',
    render: r =>
      r.state.state === 'ok' ? (
        'measured'
      ) : (
        <StatusChip
          tone="unknown"
          label={r.state.state === 'never' ? 'never measured' : 'failed'}
          title={r.state.error}
        />
      ),
  },
];

const breachTone = (breaches: number, known: boolean) => {
  if (!known) return 'unknown';
  return breaches ? 'bad' : 'good';
};

/** The team's Compliance tab: its services weakest first, the team's score and breaches. */
export function TeamComplianceContent() {
  const { entity } = useEntity();
  const api = useApi(complianceApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getTeam(ref),
    [api, ref],
  );

  return (
    <ComplianceState loading={loading} error={error}>
      {() => {
        const { source, data } = value!;
        // No service with backup data: zero breaches would read as clean.
        const backedUp = data.services.some(s => s.backup);
        return (
          <Grid.Root columns="12" gap="6">
            <Grid.Item colSpan="12">
              <InfoCard
                title="Team compliance and recovery"
                action={<SourceBadge source={source} />}
              >
                <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
                  <StatusChip
                    testId="team-score"
                    tone={scoreTone(
                      data.score,
                      data.applicableControls - data.passedControls,
                    )}
                    label={
                      data.score === null
                        ? 'No controls measured'
                        : `${percent(data.score)} (${data.passedControls}/${
                            data.applicableControls
                          } controls)`
                    }
                  />
                  <StatusChip
                    testId="team-rpo"
                    tone={breachTone(data.rpoBreaches, backedUp)}
                    label={
                      backedUp
                        ? `${data.rpoBreaches} over the RPO target`
                        : 'No backup data'
                    }
                  />
                  <StatusChip
                    testId="team-rto"
                    tone={breachTone(data.rtoBreaches, backedUp)}
                    label={
                      backedUp
                        ? `${data.rtoBreaches} over the RTO target`
                        : 'No backup data'
                    }
                  />
                </Flex>
                {data.hidden > 0 && (
                  <Text as="p" color="secondary" style={{ marginTop: 8 }}>
                    {data.hidden} more component(s) not shown: no access.
                  </Text>
                )}
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan="12">
              <Table
                title="Services, weakest first"
                options={{ paging: false, search: false, padding: 'dense' }}
                columns={columns}
                data={data.services}
                emptyContent={
                  <Text as="p" style={{ padding: 16 }} color="secondary">
                    No services whose posture you may see.
                  </Text>
                }
              />
            </Grid.Item>
          </Grid.Root>
        );
      }}
    </ComplianceState>
  );
}
