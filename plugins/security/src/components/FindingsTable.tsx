import { Box, Checkbox, Flex, Select } from '@backstage/ui';
import Link from '@mui/material/Link';
import { Table, TableColumn } from '@backstage/core-components';
import {
  Finding,
  FINDING_SOURCES,
  FINDING_STATUSES,
  SEVERITIES,
} from '@runway/plugin-security-common';
import { useMemo, useState } from 'react';
import { dateOnly, SOURCE_LABELS } from './format';
import { SeverityChip } from './SeverityChip';

type Filters = {
  source: string;
  severity: string;
  status: string;
  fixable: boolean;
};

function Filter(props: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (v: string) => void;
}) {
  return (
    <Select
      label={props.label}
      size="small"
      style={{ width: 160, flex: 'none' }}
      data-testid={`filter-${props.label.toLowerCase()}`}
      options={[
        { id: 'all', label: 'All' },
        ...props.options.map(o => ({ id: o, label: o })),
      ]}
      value={props.value}
      onChange={key => props.onChange(String(key))}
    />
  );
}

/** Every finding of the service, filterable by source, severity, status and fixability. */
export function FindingsTable({
  findings,
  onSelect,
}: {
  findings: Finding[];
  onSelect: (f: Finding) => void;
}) {
  const [filters, setFilters] = useState<Filters>({
    source: 'all',
    severity: 'all',
    status: 'open',
    fixable: false,
  });
  const set = (patch: Partial<Filters>) =>
    setFilters(f => ({ ...f, ...patch }));

  const rows = useMemo(
    () =>
      findings.filter(
        f =>
          (filters.source === 'all' || f.source === filters.source) &&
          (filters.severity === 'all' || f.severity === filters.severity) &&
          (filters.status === 'all' || f.status === filters.status) &&
          (!filters.fixable || !!f.fixedVersion),
      ),
    [findings, filters],
  );

  // Stable columns: material-table remounts rows when they change identity.
  const columns = useMemo<TableColumn<Finding>[]>(
    () => [
      {
        title: 'Severity',
        field: 'severity',
        render: f => <SeverityChip severity={f.severity} />,
      },
      {
        title: 'Finding',
        field: 'title',
        render: f => (
          // A link's look for a button's job (it opens the dialog): BUI's Link needs an href.
          <Link
            component="button"
            variant="body2"
            align="left"
            onClick={() => onSelect(f)}
          >
            {`${f.vulnerabilityId ?? f.ruleId}: ${f.title}`}
          </Link>
        ),
      },
      {
        title: 'Package',
        field: 'packageName',
        render: f =>
          f.packageName ? `${f.packageName} ${f.installedVersion ?? ''}` : '',
      },
      { title: 'Fixed in', field: 'fixedVersion' },
      {
        title: 'Source',
        field: 'source',
        render: f => SOURCE_LABELS[f.source],
      },
      { title: 'Scanner', field: 'scanner' },
      { title: 'Status', field: 'status' },
      {
        title: 'First seen',
        field: 'firstSeen',
        render: f => dateOnly(f.firstSeen),
      },
    ],
    [onSelect],
  );

  return (
    <>
      <Flex align="end" gap="3" mb="4" style={{ flexWrap: 'wrap' }}>
        <Filter
          label="Source"
          value={filters.source}
          options={FINDING_SOURCES}
          onChange={source => set({ source })}
        />
        <Filter
          label="Severity"
          value={filters.severity}
          options={SEVERITIES}
          onChange={severity => set({ severity })}
        />
        <Filter
          label="Status"
          value={filters.status}
          options={FINDING_STATUSES}
          onChange={status => set({ status })}
        />
        <Checkbox
          isSelected={filters.fixable}
          onChange={fixable => set({ fixable })}
          style={{ paddingBottom: 8 }}
        >
          Fix available
        </Checkbox>
      </Flex>
      <Table<Finding>
        title={`Findings (${rows.length})`}
        options={{
          paging: rows.length > 20,
          pageSize: 20,
          search: true,
          padding: 'dense',
        }}
        columns={columns}
        data={rows}
        emptyContent={<Box p="4">No findings match these filters.</Box>}
      />
    </>
  );
}
