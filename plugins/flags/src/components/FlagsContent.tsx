import { Badge, Flex, Grid, Text } from '@backstage/ui';
import { InfoCard, Link, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  EntityFlagsResponse,
  Flag,
  FlagChange,
} from '@runway/plugin-flags-common';
import { chipStyle, FamilyState, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { flagsApiRef } from '../api/FlagsApi';
import { EnvironmentCell } from './EnvironmentCell';
import { FlagsTable } from './FlagsTable';
import { unknownReason, when } from './format';

const changeColumns: TableColumn<FlagChange>[] = [
  {
    title: 'When',
    render: c => when(c.createdAt),
    cellStyle: { whiteSpace: 'nowrap' },
  },
  { title: 'Flag', field: 'flag' },
  { title: 'Change', field: 'summary' },
  { title: 'By', field: 'createdBy' },
];

function flagColumns(environments: string[]): TableColumn<Flag>[] {
  return [
    {
      title: 'Flag',
      render: f => (
        <Flex gap="2" align="center">
          {f.url ? <Link to={f.url}>{f.name}</Link> : <Text>{f.name}</Text>}
          {f.stale && (
            <Badge style={chipStyle('#b71c1c')} data-testid="stale">
              stale
            </Badge>
          )}
        </Flex>
      ),
    },
    { title: 'Type', field: 'type' },
    ...environments.map(
      (environment): TableColumn<Flag> => ({
        title: environment,
        render: f => (
          <EnvironmentCell
            env={f.environments.find(e => e.environment === environment)}
          />
        ),
      }),
    ),
    { title: 'Last changed', render: f => when(f.lastChangedAt) },
  ];
}

/** The service's "Flags" tab: flags per environment with rollout %, stale flags, changes. */
export function FlagsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(flagsApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntity(entityRef),
    [api, entityRef],
  );

  return (
    <FamilyState loading={loading} error={error} errorTitle="Flags unavailable">
      {() => value && <EntityFlagsView value={value} />}
    </FamilyState>
  );
}

function EntityFlagsView({ value }: { value: EntityFlagsResponse }) {
  const { source, data } = value;
  const reason = unknownReason(data.summary);
  const environments = [
    ...new Set(data.flags.flatMap(f => f.environments.map(e => e.environment))),
  ];
  const staleCount = data.flags.filter(f => f.stale).length;

  return (
    <Grid.Root columns="12" gap="6">
      <Grid.Item colSpan="12">
        <InfoCard
          title={`Feature flags${
            data.summary.project
              ? ` · Unleash project ${data.summary.project}`
              : ''
          }`}
          subheader={
            reason
              ? undefined
              : `${data.flags.length} flags, ${staleCount} stale · read ${when(
                  source.fetchedAt,
                )}`
          }
          action={<SourceBadge source={source} />}
        >
          {reason ? (
            <Text as="p" color="secondary" data-testid="unknown">
              {reason}: Runway does not know this service's flags. Annotate it
              with unleash.io/project (and optionally
              unleash.io/feature-prefix).
            </Text>
          ) : (
            <FlagsTable
              columns={flagColumns(environments)}
              data={data.flags}
              empty="The project has no flags for this service."
            />
          )}
        </InfoCard>
      </Grid.Item>
      {!reason && (
        <Grid.Item colSpan="12">
          <InfoCard title="Recent flag changes">
            <FlagsTable
              columns={changeColumns}
              data={data.changes.slice(0, 15)}
              empty="No flag changes in Unleash's recent event log."
            />
          </InfoCard>
        </Grid.Item>
      )}
    </Grid.Root>
  );
}
