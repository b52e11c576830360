import Typography from '@material-ui/core/Typography';
import {
  Link,
  MarkdownContent,
  WarningPanel,
} from '@backstage/core-components';
import { RunbookResult } from '@runway/plugin-oncall-common';

/** A runbook, or a clear "no runbook" state that says where Runway looked. */
export function RunbookView({ runbook }: { runbook: RunbookResult }) {
  if (runbook.status === 'found') {
    return (
      <div data-testid="runbook">
        {/* Sanitized twice: by the backend (sanitizeMarkdown), then by MarkdownContent's rehype-sanitize. */}
        <MarkdownContent content={runbook.markdown} />
        <Typography variant="caption" color="textSecondary">
          Source: {runbook.url}
        </Typography>
      </div>
    );
  }
  if (runbook.status === 'external') {
    return (
      <WarningPanel severity="info" title="Runbook kept outside the repository">
        {runbook.reason}. <Link to={runbook.url}>Open the runbook</Link>
      </WarningPanel>
    );
  }
  return (
    <WarningPanel severity="warning" title="No runbook">
      <Typography variant="body2">{runbook.reason}.</Typography>
      {runbook.lookedFor && (
        <Typography variant="body2" data-testid="runbook-looked-for">
          Looked for: <code>{runbook.lookedFor}</code>
        </Typography>
      )}
    </WarningPanel>
  );
}
