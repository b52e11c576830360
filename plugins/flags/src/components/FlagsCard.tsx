import { Flex, Text } from '@backstage/ui';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { flagsApiRef } from '../api/FlagsApi';
import { unknownReason, when } from './format';

const Line = (props: { label: string; value: string; testId: string }) => (
  <Flex justify="between" data-testid={props.testId}>
    <Text color="secondary">{props.label}</Text>
    <Text weight="bold">{props.value}</Text>
  </Flex>
);

/** Overview card: how many flags, how many stale, when one last changed (batch endpoint). */
export function FlagsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(flagsApiRef);
  const { value, loading, error } = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="Flags unavailable" />;
  else {
    const item = value?.data.items[0];
    const reason = item ? unknownReason(item) : 'Never read';
    body = reason ? (
      <Text color="secondary" data-testid="card-unknown">
        {reason}
      </Text>
    ) : (
      <Flex direction="column" gap="2">
        <Line label="Flags" testId="card-total" value={String(item!.total)} />
        <Line
          label="Stale flags"
          testId="card-stale"
          value={String(item!.stale)}
        />
        <Line
          label="Last change"
          testId="card-last"
          value={when(item!.lastChangedAt)}
        />
      </Flex>
    );
  }
  return (
    <InfoCard
      title="Feature flags"
      action={value ? <SourceBadge source={value.source} /> : undefined}
    >
      {body}
    </InfoCard>
  );
}
