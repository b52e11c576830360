import { Box, Flex, Text } from '@backstage/ui';
import {
  FINDING_SOURCES,
  SecuritySummary,
  SEVERITIES,
} from '@runway/plugin-security-common';
import { SOURCE_LABELS } from './format';
import { GateChip } from './GateChip';
import { SeverityChip } from './SeverityChip';

/** Open findings by severity and by kind of scan, with the service's gate. */
export function SecurityCounts({ summary }: { summary: SecuritySummary }) {
  if (summary.scan && !summary.scan.lastSuccessAt) {
    // Nothing measured this service: no zeros that would read as "clean".
    return (
      <Box data-testid="open-counts">
        <GateChip gate={summary.gate} scan={summary.scan} />
        <Text
          as="p"
          color="secondary"
          data-testid="scan-error"
          style={{ marginTop: 8 }}
        >
          {summary.scan.state === 'failed'
            ? `No scan has succeeded yet: ${
                summary.scan.error ?? 'the scanners did not answer'
              }`
            : 'No scanner has answered for this service yet.'}
        </Text>
      </Box>
    );
  }
  return (
    <Box data-testid="open-counts">
      <Flex align="center" gap="2" mb="3" style={{ flexWrap: 'wrap' }}>
        {SEVERITIES.map(s => (
          <SeverityChip key={s} severity={s} count={summary.open[s]} />
        ))}
        <GateChip gate={summary.gate} scan={summary.scan} />
      </Flex>
      <Flex gap="4" style={{ flexWrap: 'wrap' }} data-testid="by-source">
        {FINDING_SOURCES.map(s => (
          <Text key={s} color="secondary">
            {SOURCE_LABELS[s]}: <strong>{summary.bySource[s]}</strong>
          </Text>
        ))}
      </Flex>
      {summary.lastScannedAt && (
        <Text
          as="p"
          variant="body-small"
          color="secondary"
          style={{ marginTop: 8 }}
        >
          Last scanned {new Date(summary.lastScannedAt).toLocaleString()}
        </Text>
      )}
    </Box>
  );
}
