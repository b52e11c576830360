import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Scorecard } from '@runway/plugin-scorecard-common';
import useAsync from 'react-use/esm/useAsync';
import { scorecardApiRef } from '../api/ScorecardApi';
import { shortRef } from './metrics';
import { recordFor, riskServices, topRisks } from './risks';

/**
 * The top risks across families, each with its owner, the action that mitigates it and the
 * ADR or runbook recording it. Records are read for the top risks' services only.
 */
export function RisksAndMitigations({ data }: { data: Scorecard }) {
  const api = useApi(scorecardApiRef);
  const risks = topRisks(data);
  const refs = riskServices(risks);
  const key = refs.join(',');
  const records = useAsync(
    async () => (refs.length ? api.getRiskRecords(refs) : {}),
    // The refs, not the array: a re-render with the same risks asks nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
  return (
    <section aria-label="Risks and mitigations">
      <h2>Risks and mitigations</h2>
      {risks.length === 0 ? (
        <p>No red figure in any family.</p>
      ) : (
        <table className="runway-readout-risks">
          <thead>
            <tr>
              <th>Risk</th>
              <th>Owner</th>
              <th>Mitigation</th>
              <th>Recorded in</th>
            </tr>
          </thead>
          <tbody>
            {risks.map(risk => {
              const record = recordFor(
                risk,
                records.loading ? undefined : records.value,
              );
              return (
                <tr
                  key={`${risk.row.entityRef}:${risk.metric}`}
                  data-testid="readout-mitigation"
                >
                  <td>
                    {risk.row.name}: {risk.label}
                  </td>
                  <td>{shortRef(risk.row.owner)}</td>
                  <td>
                    {risk.action.url ? (
                      <Link to={risk.action.url}>{risk.action.title}</Link>
                    ) : (
                      risk.action.title
                    )}
                  </td>
                  <td>
                    {record === undefined && '…'}
                    {record === null && 'none recorded'}
                    {record && (
                      <Link to={record.url}>
                        {record.kind}: {record.title}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
