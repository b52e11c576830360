import { InfoCard, Link, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FlagsSummary, TeamFlagsResponse } from '@runway/plugin-flags-common';
import { FamilyState, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { flagsApiRef } from '../api/FlagsApi';
import { FlagsTable } from './FlagsTable';
import { unknownReason, when } from './format';

const grey = (text: string) => (
  <span style={{ color: '#9e9e9e' }} data-testid="grey">
    {text}
  </span>
);

const columns: TableColumn<FlagsSummary>[] = [
  {
    title: 'Service',
    render: s => {
      const { name } = parseEntityRef(s.entityRef);
      return (
        <Link to={`/catalog/default/component/${name}/flags`}>{name}</Link>
      );
    },
  },
  { title: 'Project', render: s => s.project ?? grey('—') },
  {
    title: 'Flags',
    render: s => (s.total === null ? grey('no data') : s.total),
  },
  {
    title: 'Stale',
    render: s => (s.stale === null ? grey('no data') : s.stale),
  },
  {
    title: 'Last change',
    render: s => unknownReason(s) ?? when(s.lastChangedAt),
  },
];

/** A team's "Flags" tab: its services, the most stale flags first, unknown ones last. */
export function TeamFlagsContent() {
  const { entity } = useEntity();
  const team = stringifyEntityRef(entity);
  const api = useApi(flagsApiRef);
  const { value, loading, error } = useAsync(
    () => api.getTeam(team),
    [api, team],
  );

  return (
    <FamilyState loading={loading} error={error} errorTitle="Flags unavailable">
      {() => value && <TeamFlagsView value={value} />}
    </FamilyState>
  );
}

function TeamFlagsView({ value }: { value: TeamFlagsResponse }) {
  const items = [...value.data.items].sort(
    (a, b) => (b.stale ?? -1) - (a.stale ?? -1),
  );
  return (
    <InfoCard
      title="Feature flags of the team's services"
      action={<SourceBadge source={value.source} />}
    >
      <FlagsTable
        columns={columns}
        data={items}
        empty="The team owns no components."
      />
    </InfoCard>
  );
}
