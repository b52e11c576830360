import { Box, Text } from '@backstage/ui';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { complianceApiRef } from '../api/ComplianceApi';
import { complianceStatuses } from './ComplianceState';
import { MeasuredLine, PostureChips } from './Posture';

/** Overview card: score, the worst failing controls, backup RPO and restore test. */
export function EntityComplianceCard() {
  const { entity } = useEntity();
  const api = useApi(complianceApiRef);
  const ref = stringifyEntityRef(entity);
  const entityState = useAsync(() => api.getEntity(ref), [api, ref]);

  return (
    <FamilyCard
      title="Compliance"
      statuses={complianceStatuses}
      {...entityState}
    >
      {({ data: summary }) => {
        const top = summary.failing.slice(0, 3);
        return (
          <Box>
            <PostureChips summary={summary} />
            {top.length > 0 && (
              <Box mt="3" data-testid="card-failing">
                {top.map(f => (
                  <Text as="p" key={`${f.controlId}:${f.resourceArn}`}>
                    <strong>{f.controlId}</strong> {f.title}
                    {f.remediationUrl && (
                      <>
                        {' '}
                        (<Link to={f.remediationUrl}>how to fix</Link>)
                      </>
                    )}
                  </Text>
                ))}
                {summary.failing.length > top.length && (
                  <Text as="p" color="secondary">
                    and {summary.failing.length - top.length} more
                  </Text>
                )}
              </Box>
            )}
            <Box mt="2">
              <MeasuredLine summary={summary} />
            </Box>
          </Box>
        );
      }}
    </FamilyCard>
  );
}
