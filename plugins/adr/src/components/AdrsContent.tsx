import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Box,
  Flex,
  Grid,
  Link,
  List,
  ListRow,
  SearchField,
  Text,
} from '@backstage/ui';
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
    <Grid.Root columns={{ initial: '1', md: '3' }} gap="6">
      <Grid.Item>
        <InfoCard
          title="Decisions"
          action={<SourceBadge source={state.value!.source} />}
        >
          <SearchField
            id="adr-search"
            label="Search ADRs"
            value={filter}
            onChange={setFilter}
          />
          <Box mt="3">
            <List
              aria-label="ADR list"
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={current ? [current.file] : []}
              onSelectionChange={keys => {
                const [file] = keys;
                if (file) setSelected(String(file));
              }}
            >
              {adrs.map(adr => {
                const title = `${
                  adr.number !== undefined
                    ? `${String(adr.number).padStart(4, '0')} `
                    : ''
                }${adr.title}`;
                return (
                  <ListRow key={adr.file} id={adr.file} textValue={title}>
                    <Flex direction="column" align="start" gap="1">
                      {title}
                      <AdrStatusChip status={adr.status} />
                    </Flex>
                  </ListRow>
                );
              })}
            </List>
          </Box>
          {adrs.length === 0 && (
            <Text as="p" variant="body-large">
              No ADR matches "{filter}".
            </Text>
          )}
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '1', md: '2' }}>
        {current && (
          <InfoCard title={current.title}>
            <Flex align="center" gap="2" mb="4" data-testid="adr-meta">
              <AdrStatusChip status={current.status} />
              {current.date && (
                <Text variant="body-medium">{current.date}</Text>
              )}
              {current.deciders && (
                <Text variant="body-medium">Deciders: {current.deciders}</Text>
              )}
              <Text variant="body-small" color="secondary">
                {FORMAT_LABEL[current.format]}
              </Text>
            </Flex>
            {current.supersededBy && (
              <Text as="p" variant="body-medium" data-testid="superseded-by">
                Superseded by{' '}
                <Link
                  variant="body-medium"
                  onPress={() => setSelected(current.supersededBy!)}
                >
                  {data.adrs.find(a => a.file === current.supersededBy)
                    ?.title ?? current.supersededBy}
                </Link>
              </Text>
            )}
            <MarkdownContent content={current.markdown} />
          </InfoCard>
        )}
      </Grid.Item>
    </Grid.Root>
  );
}
