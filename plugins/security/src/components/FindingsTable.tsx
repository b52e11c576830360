import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Link from '@material-ui/core/Link';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
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

function Select(props: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (v: string) => void;
}) {
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      style={{ minWidth: 140 }}
      inputProps={{ 'data-testid': `filter-${props.label.toLowerCase()}` }}
    >
      <MenuItem value="all">All</MenuItem>
      {props.options.map(o => (
        <MenuItem key={o} value={o}>
          {o}
        </MenuItem>
      ))}
    </TextField>
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
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 12 }}
        mb={2}
      >
        <Select
          label="Source"
          value={filters.source}
          options={FINDING_SOURCES}
          onChange={source => set({ source })}
        />
        <Select
          label="Severity"
          value={filters.severity}
          options={SEVERITIES}
          onChange={severity => set({ severity })}
        />
        <Select
          label="Status"
          value={filters.status}
          options={FINDING_STATUSES}
          onChange={status => set({ status })}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.fixable}
              onChange={e => set({ fixable: e.target.checked })}
            />
          }
          label="Fix available"
        />
      </Box>
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
        emptyContent={<Box p={2}>No findings match these filters.</Box>}
      />
    </>
  );
}
