import { Text } from '@backstage/ui';
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
        <Text variant="body-small" color="secondary">
          Source: {runbook.url}
        </Text>
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
      <Text as="p" variant="body-medium">
        {runbook.reason}.
      </Text>
      {runbook.lookedFor && (
        <Text as="p" variant="body-medium" data-testid="runbook-looked-for">
          Looked for: <code>{runbook.lookedFor}</code>
        </Text>
      )}
    </WarningPanel>
  );
}
