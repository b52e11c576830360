import {
  Box,
  Cell,
  Column,
  Row,
  TableBody,
  TableHeader,
  TableRoot,
} from '@backstage/ui';
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
    // A white surface, as the Material table's paper was, also on the grey page.
    <Box bg="neutral" style={{ borderRadius: 4 }}>
      <TableRoot aria-label="Alerts">
        <TableHeader>
          <Column>Severity</Column>
          <Column isRowHeader style={{ width: '20%' }}>
            Alert
          </Column>
          {showService && <Column>Service</Column>}
          {showService && <Column>Owner</Column>}
          <Column>State</Column>
          <Column>Active for</Column>
          {/* The fixed layout shares widths evenly: give the sentence room. */}
          <Column style={{ width: '30%' }}>Summary</Column>
        </TableHeader>
        <TableBody>
          {alerts.map(alert => (
            <Row key={alert.id} data-testid={`alert-${alert.alertname}`}>
              <Cell>
                <SeverityChip severity={alert.severity} />
              </Cell>
              <Cell>
                {alertLink ? (
                  <Link to={alertLink({ id: alert.id })}>
                    {alert.alertname}
                  </Link>
                ) : (
                  alert.alertname
                )}
              </Cell>
              {showService && (
                <Cell>
                  {alert.entityRef ? (
                    <EntityRefLink entityRef={alert.entityRef} />
                  ) : (
                    alert.service ?? '—'
                  )}
                </Cell>
              )}
              {showService && (
                <Cell>
                  {alert.owner ? (
                    <EntityRefLink entityRef={alert.owner} />
                  ) : (
                    '—'
                  )}
                </Cell>
              )}
              <Cell>{alert.state}</Cell>
              <Cell>{age(alert.since)}</Cell>
              <Cell>{alert.summary ?? ''}</Cell>
            </Row>
          ))}
        </TableBody>
      </TableRoot>
    </Box>
  );
}
