import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Box from '@material-ui/core/Box';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { oncallApiRef } from '../api/OncallApi';
import { AlertsTable } from './AlertsTable';

type Scope = 'mine' | 'all';

/** What fires now across the services of the signed-in user's teams, or everywhere. */
export function OncallPage() {
  const api = useApi(oncallApiRef);
  const identityApi = useApi(identityApiRef);
  const [scope, setScope] = useState<Scope>('mine');

  const state = useAsync(async () => {
    if (scope === 'all') return { teams: [], response: await api.listAlerts() };
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const teams = ownershipEntityRefs.filter(ref => ref.startsWith('group:'));
    // A user in no team owns nothing: ask for nothing rather than for everything.
    const response = teams.length
      ? await api.listAlerts({ owners: teams })
      : undefined;
    return { teams, response };
  }, [api, identityApi, scope]);

  return (
    <Page themeId="tool">
      <Header
        title="On-call"
        subtitle="What fires now, pages first, longest-firing first"
      />
      <Content>
        <Box display="flex" alignItems="center" mb={2} style={{ gap: 16 }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={scope}
            onChange={(_, v) => v && setScope(v)}
            aria-label="Scope"
          >
            <ToggleButton value="mine">My teams</ToggleButton>
            <ToggleButton value="all">All services</ToggleButton>
          </ToggleButtonGroup>
          {state.value?.response && (
            <SourceBadge source={state.value.response.source} />
          )}
        </Box>
        {state.loading && <Progress />}
        {state.error && (
          <FamilyErrorPanel error={state.error} title="Alerts unavailable" />
        )}
        {state.value && !state.value.response && (
          <EmptyState
            missing="data"
            title="You are in no team"
            description="Switch to All services to see every alert."
          />
        )}
        {state.value?.response &&
          (state.value.response.data.alerts.length === 0 ? (
            <EmptyState
              missing="data"
              title="Nothing firing"
              description={
                scope === 'mine'
                  ? `No alert fires for ${state.value.teams.join(', ')}.`
                  : 'No alert fires anywhere.'
              }
            />
          ) : (
            <AlertsTable alerts={state.value.response.data.alerts} />
          ))}
      </Content>
    </Page>
  );
}
