import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Flex, ToggleButton, ToggleButtonGroup } from '@backstage/ui';
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
        <Flex align="center" mb="4" gap="4">
          <ToggleButtonGroup
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[scope]}
            onSelectionChange={keys => {
              const [next] = keys;
              if (next) setScope(next as Scope);
            }}
            aria-label="Scope"
          >
            <ToggleButton id="mine">My teams</ToggleButton>
            <ToggleButton id="all">All services</ToggleButton>
          </ToggleButtonGroup>
          {state.value?.response && (
            <SourceBadge source={state.value.response.source} />
          )}
        </Flex>
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
