import { Flex, Text } from '@backstage/ui';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { qualityApiRef } from '../api/QualityApi';
import { COVERAGE_GATE_PCT, percent } from './format';
import { LoadTestVerdict } from './LoadTestVerdict';

const Line = ({
  label,
  value,
  testId,
  bad = false,
}: {
  label: string;
  value: string | null;
  testId: string;
  /** Below its gate: drawn in the danger colour. */
  bad?: boolean;
}) => (
  <Flex justify="between" data-testid={testId}>
    <Text color="secondary">{label}</Text>
    {value === null ? (
      <Text color="secondary">never measured</Text>
    ) : (
      <Text weight="bold" color={bad ? 'danger' : 'primary'}>
        {value}
      </Text>
    )}
  </Flex>
);

/** Overview card: coverage, MSI and the last load test, from the batch endpoint. */
export function QualityCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(qualityApiRef);
  const summary = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  return (
    <FamilyCard title="Quality" {...summary}>
      {({ data }) => {
        const item = data.items[0];
        const load = item?.loadTest ?? null;
        return (
          <Flex direction="column" gap="2">
            <Line
              label="Line coverage"
              testId="card-coverage"
              value={item?.coverage ? percent(item.coverage.linePct) : null}
              bad={
                !!item?.coverage && item.coverage.linePct < COVERAGE_GATE_PCT
              }
            />
            <Line
              label="Mutation score"
              testId="card-msi"
              value={item?.mutation ? percent(item.mutation.msi) : null}
            />
            <Line
              label="Load test p95"
              testId="card-p95"
              value={load ? `${load.p95Ms.toFixed(0)} ms` : null}
            />
            {load && (
              <div>
                <LoadTestVerdict load={load} />
              </div>
            )}
          </Flex>
        );
      }}
    </FamilyCard>
  );
}
