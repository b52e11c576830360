import {
  Box,
  Flex,
  Focusable,
  Link,
  Text,
  Tooltip,
  TooltipTrigger,
} from '@backstage/ui';
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
      <Flex gap="1" mb="2">
        {run.stages.map(stage => {
          const summary = `${stage.stage}: ${stage.status}${
            stage.durationSeconds ? ` in ${stage.durationSeconds} s` : ''
          }`;
          return (
            <TooltipTrigger key={stage.stage} delay={300}>
              {/* A tooltip needs a focusable trigger: keyboard users reach each stage too. */}
              <Focusable>
                <Box
                  grow={1}
                  p="2"
                  role="img"
                  aria-label={summary}
                  tabIndex={0}
                  data-testid={`stage-${stage.stage}`}
                  data-status={stage.status}
                  style={{
                    textAlign: 'center',
                    backgroundColor: COLOR[stage.status],
                    color: stage.status === 'skipped' ? '#555' : '#fff',
                    borderRadius: 4,
                  }}
                >
                  <Text variant="body-small" style={{ color: 'inherit' }}>
                    {stage.stage}
                  </Text>
                </Box>
              </Focusable>
              <Tooltip>{summary}</Tooltip>
            </TooltipTrigger>
          );
        })}
      </Flex>
      <Text as="p" variant="body-medium" color="secondary">
        Run {run.url ? <Link href={run.url}>#{run.id}</Link> : `#${run.id}`} on{' '}
        {run.branch} at {shortRevision(run.commit)}, started{' '}
        {timeAgo(run.startedAt)} ·{' '}
        {produced.length
          ? `deployed to ${[...new Set(produced.map(d => d.environment))].join(
              ', ',
            )}`
          : 'not deployed yet'}
      </Text>
    </Box>
  );
}
