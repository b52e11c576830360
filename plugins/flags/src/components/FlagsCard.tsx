import { Flex, Text } from '@backstage/ui';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
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
  const summary = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  return (
    <FamilyCard
      title="Feature flags"
      errorTitle="Flags unavailable"
      {...summary}
    >
      {({ data }) => {
        const item = data.items[0];
        const reason = item ? unknownReason(item) : 'Never read';
        return reason ? (
          <Text color="secondary" data-testid="card-unknown">
            {reason}
          </Text>
        ) : (
          <Flex direction="column" gap="2">
            <Line
              label="Flags"
              testId="card-total"
              value={String(item!.total)}
            />
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
      }}
    </FamilyCard>
  );
}
