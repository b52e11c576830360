import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Box, Grid, List, ListRow, SearchField, Text } from '@backstage/ui';
import {
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { oncallApiRef } from '../api/OncallApi';
import { AlertsTable } from './AlertsTable';
import { RunbookView } from './RunbookView';

/** The Runbooks tab: every runbook of the service, searchable, and what fires for it now. */
export function RunbooksContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(oncallApiRef);
  // Two requests on purpose: runbooks come from the repository and still show when Prometheus is down.
  const runbooks = useAsync(
    () => api.listRunbooks(entityRef),
    [api, entityRef],
  );
  const alerts = useAsync(
    () => api.listAlerts({ entityRef }),
    [api, entityRef],
  );
  const [filter, setFilter] = useState('');
  // A search result links here with ?runbook=<alertname>.
  const [selected, setSelected] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('runbook'),
  );

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = runbooks.value?.runbooks ?? [];
    return needle
      ? all.filter(r =>
          `${r.name}\n${r.title}\n${r.markdown}`.toLowerCase().includes(needle),
        )
      : all;
  }, [runbooks.value, filter]);
  const current = shown.find(r => r.name === selected) ?? shown[0];

  return (
    <Grid.Root columns={{ initial: '1', md: '3' }} gap="6">
      <Grid.Item colSpan={{ initial: '1', md: '3' }}>
        <InfoCard
          title="Firing now"
          action={alerts.value && <SourceBadge source={alerts.value.source} />}
        >
          {alerts.loading && <Progress />}
          {alerts.error && (
            <FamilyErrorPanel error={alerts.error} title="Alerts unavailable" />
          )}
          {alerts.value &&
            (alerts.value.data.alerts.length ? (
              <AlertsTable
                alerts={alerts.value.data.alerts}
                showService={false}
              />
            ) : (
              <Text as="p" variant="body-large">
                Nothing fires for this service.
              </Text>
            ))}
        </InfoCard>
      </Grid.Item>
      <Grid.Item>
        <InfoCard title="Runbooks">
          <SearchField
            id="runbook-search"
            label="Search runbooks"
            value={filter}
            onChange={setFilter}
          />
          {runbooks.loading && <Progress />}
          {runbooks.error && (
            <FamilyErrorPanel
              error={runbooks.error}
              title="Runbooks unavailable"
            />
          )}
          {runbooks.value?.error && (
            <WarningPanel
              title="Runbooks unavailable"
              message={runbooks.value.error}
            />
          )}
          <Box mt="3">
            <List
              aria-label="Runbook list"
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={current ? [current.name] : []}
              onSelectionChange={keys => {
                const [name] = keys;
                if (name) setSelected(String(name));
              }}
            >
              {shown.map(r => (
                <ListRow
                  key={r.name}
                  id={r.name}
                  textValue={r.title}
                  description={`${r.name}.md`}
                >
                  {r.title}
                </ListRow>
              ))}
            </List>
          </Box>
          {runbooks.value && !runbooks.value.error && shown.length === 0 && (
            <Text as="p" variant="body-large">
              {filter
                ? `No runbook matches "${filter}".`
                : 'This service has no runbooks yet.'}
            </Text>
          )}
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '1', md: '2' }}>
        {current ? (
          <InfoCard title={current.title}>
            <RunbookView
              runbook={{
                status: 'found',
                url: current.url,
                markdown: current.markdown,
              }}
            />
          </InfoCard>
        ) : (
          runbooks.value && (
            <EmptyState missing="content" title="No runbook to show" />
          )
        )}
      </Grid.Item>
    </Grid.Root>
  );
}
