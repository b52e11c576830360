import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
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
    <Grid container spacing={3}>
      <Grid item xs={12}>
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
              <Typography>Nothing fires for this service.</Typography>
            ))}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Runbooks">
          <TextField
            id="runbook-search"
            fullWidth
            label="Search runbooks"
            value={filter}
            onChange={e => setFilter(e.target.value)}
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
          <List dense aria-label="Runbook list">
            {shown.map(r => (
              <ListItem
                key={r.name}
                button
                selected={r.name === current?.name}
                onClick={() => setSelected(r.name)}
              >
                <ListItemText primary={r.title} secondary={`${r.name}.md`} />
              </ListItem>
            ))}
          </List>
          {runbooks.value && !runbooks.value.error && shown.length === 0 && (
            <Typography>
              {filter
                ? `No runbook matches "${filter}".`
                : 'This service has no runbooks yet.'}
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
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
      </Grid>
    </Grid>
  );
}
