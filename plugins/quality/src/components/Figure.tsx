import { Box, Flex, Text } from '@backstage/ui';
import { QualityProvenance } from '@runway/plugin-quality-common';
import { ReactNode } from 'react';
import { dateTime } from './format';

export interface FigureProps {
  label: string;
  /** Null when no report of this kind was ever posted: drawn grey, never as zero. */
  measurement: QualityProvenance | null;
  value?: ReactNode;
  detail?: ReactNode;
  testId: string;
}

/** One figure with when it was measured and from which artifact. */
export function Figure({
  label,
  measurement,
  value,
  detail,
  testId,
}: FigureProps) {
  return (
    <Box p="3" data-testid={testId} style={{ minWidth: 180 }}>
      <Flex direction="column" gap="1">
        <Text variant="body-small" color="secondary">
          {label}
        </Text>
        {measurement ? (
          <>
            <Text variant="title-small" weight="bold">
              {value}
            </Text>
            {detail && <Text variant="body-small">{detail}</Text>}
            <Text
              variant="body-x-small"
              color="secondary"
              data-testid={`${testId}-provenance`}
            >
              {dateTime(measurement.measuredAt)}
              {measurement.artifact ? ` · ${measurement.artifact}` : ''}
            </Text>
          </>
        ) : (
          <Text
            variant="title-small"
            color="secondary"
            data-testid={`${testId}-never`}
          >
            Never measured
          </Text>
        )}
      </Flex>
    </Box>
  );
}
