import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { OncallAlert } from '@runway/plugin-oncall-common';
import { alertRouteRef } from '../routes';
import { age } from './format';
import { SeverityChip } from './SeverityChip';

/** Alerts in the order the backend sorted them: pages first, then the longest-firing. */
export function AlertsTable({
  alerts,
  showService = true,
}: {
  alerts: OncallAlert[];
  showService?: boolean;
}) {
  const alertLink = useRouteRef(alertRouteRef);
  return (
    <Table size="small" aria-label="Alerts">
      <TableHead>
        <TableRow>
          <TableCell>Severity</TableCell>
          <TableCell>Alert</TableCell>
          {showService && <TableCell>Service</TableCell>}
          {showService && <TableCell>Owner</TableCell>}
          <TableCell>State</TableCell>
          <TableCell>Active for</TableCell>
          <TableCell>Summary</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {alerts.map(alert => (
          <TableRow key={alert.id} data-testid={`alert-${alert.alertname}`}>
            <TableCell>
              <SeverityChip severity={alert.severity} />
            </TableCell>
            <TableCell>
              {alertLink ? (
                <Link to={alertLink({ id: alert.id })}>{alert.alertname}</Link>
              ) : (
                alert.alertname
              )}
            </TableCell>
            {showService && (
              <TableCell>
                {alert.entityRef ? (
                  <EntityRefLink entityRef={alert.entityRef} />
                ) : (
                  alert.service ?? '—'
                )}
              </TableCell>
            )}
            {showService && (
              <TableCell>
                {alert.owner ? <EntityRefLink entityRef={alert.owner} /> : '—'}
              </TableCell>
            )}
            <TableCell>{alert.state}</TableCell>
            <TableCell>{age(alert.since)}</TableCell>
            <TableCell>{alert.summary ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
