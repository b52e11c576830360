import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { CiRun, CiStatus, Deploy } from '@runway/plugin-deployments-common';
import { shortRevision, timeAgo } from './format';

const COLOR: Record<CiStatus, string> = {
  success: '#2e7d32',
  failure: '#c62828',
  running: '#1565c0',
  pending: '#9e9e9e',
  skipped: '#e0e0e0',
};

/** The latest CI run as six boxes, and the deploy it produced when one carries its commit. */
export function CiStageStrip({
  run,
  history,
}: {
  run: CiRun;
  history: Deploy[];
}) {
  const produced = history.filter(d => d.revision === run.commit);
  return (
    <Box>
      <Box display="flex" style={{ gap: 4 }} mb={1}>
        {run.stages.map(stage => (
          <Tooltip
            key={stage.stage}
            title={`${stage.stage}: ${stage.status}${
              stage.durationSeconds ? ` in ${stage.durationSeconds} s` : ''
            }`}
          >
            <Box
              flex={1}
              p={1}
              textAlign="center"
              data-testid={`stage-${stage.stage}`}
              data-status={stage.status}
              style={{
                backgroundColor: COLOR[stage.status],
                color: stage.status === 'skipped' ? '#555' : '#fff',
                borderRadius: 4,
              }}
            >
              <Typography variant="caption">{stage.stage}</Typography>
            </Box>
          </Tooltip>
        ))}
      </Box>
      <Typography variant="body2" color="textSecondary">
        Run {run.url ? <Link href={run.url}>#{run.id}</Link> : `#${run.id}`} on{' '}
        {run.branch} at {shortRevision(run.commit)}, started{' '}
        {timeAgo(run.startedAt)} ·{' '}
        {produced.length
          ? `deployed to ${[...new Set(produced.map(d => d.environment))].join(
              ', ',
            )}`
          : 'not deployed yet'}
      </Typography>
    </Box>
  );
}
