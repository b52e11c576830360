import { Link, Table, TableColumn } from '@backstage/core-components';
import { Text } from '@backstage/ui';
import { FailingControl } from '@runway/plugin-compliance-common';
import { ORIGIN_LABELS } from './format';

const columns: TableColumn<FailingControl>[] = [
  { title: 'Control', field: 'controlId', width: '14%' },
  { title: 'Title', field: 'title' },
  { title: 'Severity', field: 'severity', width: '10%' },
  {
    title: 'Source',
    field: 'origin',
    width: '12%',
    render: row => ORIGIN_LABELS[row.origin],
  },
  {
    title: 'Resource',
    field: 'resourceArn',
    render: row => (
      <code style={{ wordBreak: 'break-all' }}>{row.resourceArn}</code>
    ),
  },
  {
    title: 'Remediation',
    field: 'remediationUrl',
    width: '12%',
    render: row =>
      row.remediationUrl ? (
        <Link to={row.remediationUrl}>How to fix</Link>
      ) : (
        '—'
      ),
  },
];

/** The failing controls and rules, worst first, each with AWS's remediation page. */
export function FailingControls(props: {
  failing: FailingControl[];
  measured: boolean;
}) {
  return (
    <Table
      title="Failing controls"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={props.failing}
      emptyContent={
        <Text as="p" style={{ padding: 16 }} color="secondary">
          {props.measured
            ? 'No failing control or rule.'
            : 'Not measured: no control results to show.'}
        </Text>
      }
    />
  );
}
