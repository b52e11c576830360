import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  InfoCard,
  MarkdownContent,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { AdrFormat } from '@runway/plugin-adr-common';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { adrApiRef } from '../api/AdrApi';
import { AdrStatusChip } from './AdrStatusChip';

const FORMAT_LABEL: Record<AdrFormat, string> = {
  madr3: 'MADR 3',
  madr2: 'MADR 2',
  unknown: 'Markdown',
};

/** The ADRs tab: the service's decision records, newest number last, with status and content. */
export function AdrsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(adrApiRef);
  const state = useAsync(() => api.listAdrs(entityRef), [api, entityRef]);
  const [filter, setFilter] = useState('');
  // A search result links here with ?record=<file>.
  const [selected, setSelected] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('record'),
  );

  const adrs = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = state.value?.data.adrs ?? [];
    return needle
      ? all.filter(a =>
          `${a.title}\n${a.markdown}`.toLowerCase().includes(needle),
        )
      : all;
  }, [state.value, filter]);
  const current = adrs.find(a => a.file === selected) ?? adrs[adrs.length - 1];

  if (state.loading) return <Progress />;
  if (state.error)
    return <FamilyErrorPanel error={state.error} title="ADRs unavailable" />;
  const data = state.value!.data;
  if (data.error && data.adrs.length === 0) {
    return <WarningPanel title="No ADRs to show" message={data.error} />;
  }
  if (data.adrs.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No ADRs yet"
        description={`Nothing in ${data.location}. Record one with the "New ADR" template.`}
      />
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <InfoCard
          title="Decisions"
          action={<SourceBadge source={state.value!.source} />}
        >
          <TextField
            id="adr-search"
            fullWidth
            label="Search ADRs"
            value={filter}
            onChange={e => setFilter(e.target.value)}
          />
          <List dense aria-label="ADR list">
            {adrs.map(adr => (
              <ListItem
                key={adr.file}
                button
                selected={adr.file === current?.file}
                onClick={() => setSelected(adr.file)}
              >
                <ListItemText
                  primary={`${
                    adr.number !== undefined
                      ? `${String(adr.number).padStart(4, '0')} `
                      : ''
                  }${adr.title}`}
                  secondary={<AdrStatusChip status={adr.status} />}
                  secondaryTypographyProps={{ component: 'div' }}
                />
              </ListItem>
            ))}
          </List>
          {adrs.length === 0 && (
            <Typography>No ADR matches "{filter}".</Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        {current && (
          <InfoCard title={current.title}>
            <Box
              display="flex"
              alignItems="center"
              style={{ gap: 8 }}
              mb={2}
              data-testid="adr-meta"
            >
              <AdrStatusChip status={current.status} />
              {current.date && (
                <Typography variant="body2">{current.date}</Typography>
              )}
              {current.deciders && (
                <Typography variant="body2">
                  Deciders: {current.deciders}
                </Typography>
              )}
              <Typography variant="caption" color="textSecondary">
                {FORMAT_LABEL[current.format]}
              </Typography>
            </Box>
            {current.supersededBy && (
              <Typography variant="body2" data-testid="superseded-by">
                Superseded by{' '}
                <Link
                  component="button"
                  variant="body2"
                  onClick={() => setSelected(current.supersededBy!)}
                >
                  {data.adrs.find(a => a.file === current.supersededBy)
                    ?.title ?? current.supersededBy}
                </Link>
              </Typography>
            )}
            <MarkdownContent content={current.markdown} />
          </InfoCard>
        )}
      </Grid>
    </Grid>
  );
}
