import { Flex, Text } from '@backstage/ui';
import { EmptyState, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { SLO_LOCATION_ANNOTATION } from '@runway/plugin-slo-common';
import {
  FamilyErrorPanel,
  SourceBadge,
  useChangeEvents,
} from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { sloApiRef } from '../api/SloApi';
import { SloPanel } from './SloPanel';
import { useDeployMarkers } from './useDeployMarkers';

/** The "SLOs" tab: one panel per SLO of the entity's Sloth spec. */
export function EntitySlosContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(sloApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntitySlos(entityRef),
    [api, entityRef],
  );
  const deploys = useDeployMarkers(entityRef);
  const changes = useChangeEvents(entityRef);

  if (loading) return <Progress />;
  if (error) return <FamilyErrorPanel error={error} title="SLOs unavailable" />;
  if (!value) return null;
  const { source, data } = value;
  return (
    <Flex direction="column" gap="4">
      <Flex align="center" gap="2">
        <SourceBadge source={source} />
        {deploys.error && (
          <Text
            variant="body-small"
            color="secondary"
            data-testid="markers-unavailable"
          >
            Deploy markers unavailable: {deploys.error.message}
          </Text>
        )}
      </Flex>
      {data.error && (
        <EmptyState
          missing="info"
          title="No SLOs to show"
          description={`${data.error}. Point the ${SLO_LOCATION_ANNOTATION} annotation at a Sloth prometheus/v1 spec.`}
        />
      )}
      {!data.error && data.slos.length === 0 && (
        <EmptyState
          missing="info"
          title="No SLOs defined"
          description="The SLO spec lists no SLOs."
        />
      )}
      {data.slos.map(slo => (
        <SloPanel
          key={slo.name}
          slo={slo}
          markers={deploys.markers}
          changes={changes}
        />
      ))}
    </Flex>
  );
}
