import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
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
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="scan-error"
          style={{ marginTop: 8 }}
        >
          {summary.scan.state === 'failed'
            ? `No scan has succeeded yet: ${
                summary.scan.error ?? 'the scanners did not answer'
              }`
            : 'No scanner has answered for this service yet.'}
        </Typography>
      </Box>
    );
  }
  return (
    <Box data-testid="open-counts">
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
        mb={1}
      >
        {SEVERITIES.map(s => (
          <SeverityChip key={s} severity={s} count={summary.open[s]} />
        ))}
        <GateChip gate={summary.gate} scan={summary.scan} />
      </Box>
      <Box
        display="flex"
        flexWrap="wrap"
        style={{ gap: 16 }}
        data-testid="by-source"
      >
        {FINDING_SOURCES.map(s => (
          <Typography key={s} variant="body2" color="textSecondary">
            {SOURCE_LABELS[s]}: <strong>{summary.bySource[s]}</strong>
          </Typography>
        ))}
      </Box>
      {summary.lastScannedAt && (
        <Typography variant="caption" color="textSecondary">
          Last scanned {new Date(summary.lastScannedAt).toLocaleString()}
        </Typography>
      )}
    </Box>
  );
}
