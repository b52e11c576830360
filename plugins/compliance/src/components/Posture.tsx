import { Flex, Text } from '@backstage/ui';
import {
  BackupPosture,
  ComplianceSummary,
} from '@runway/plugin-compliance-common';
import { dateTime, duration, percent } from './format';
import { StatusChip } from './StatusChip';

/** Green only with nothing failing; amber at 90 % or more; red below. */
export function scoreTone(score: number | null, failing: number) {
  if (score === null) return 'unknown';
  if (failing === 0) return 'good';
  return score >= 0.9 ? 'warn' : 'bad';
}

/** The score chip: grey when nothing measured the service or no control applies. */
export function ScoreChip({ summary }: { summary: ComplianceSummary }) {
  const { score, state } = summary;
  if (state.state === 'never' || score === null) {
    return (
      <StatusChip
        testId="score"
        tone="unknown"
        label={state.state === 'never' ? 'Not measured' : 'No controls'}
      />
    );
  }
  return (
    <StatusChip
      testId="score"
      tone={scoreTone(score, summary.failing.length)}
      label={`${percent(score)} (${summary.passedControls}/${
        summary.applicableControls
      } controls)`}
    />
  );
}

/** The latest backup against the RPO target; grey when unknown. */
export function RpoChip({ backup }: { backup: BackupPosture | null }) {
  if (!backup) {
    return <StatusChip testId="rpo" tone="unknown" label="No backup data" />;
  }
  if (backup.rpoMinutes === null) {
    return <StatusChip testId="rpo" tone="bad" label="Never backed up" />;
  }
  const ok = backup.rpoMinutes <= backup.rpoTargetMinutes;
  return (
    <StatusChip
      testId="rpo"
      tone={ok ? 'good' : 'bad'}
      label={`RPO ${duration(backup.rpoMinutes)} (target ${duration(
        backup.rpoTargetMinutes,
      )})`}
      title={
        backup.lastBackupAt
          ? `Last backup ${dateTime(backup.lastBackupAt)}`
          : undefined
      }
    />
  );
}

/** The latest restore test against the RTO target; grey when unknown. */
export function RtoChip({ backup }: { backup: BackupPosture | null }) {
  if (!backup) {
    return <StatusChip testId="rto" tone="unknown" label="No restore data" />;
  }
  if (backup.restoreMinutes === null) {
    return <StatusChip testId="rto" tone="bad" label="No restore test" />;
  }
  const ok = backup.restoreMinutes <= backup.rtoTargetMinutes;
  return (
    <StatusChip
      testId="rto"
      tone={ok ? 'good' : 'bad'}
      label={`Restore ${duration(backup.restoreMinutes)} (RTO ${duration(
        backup.rtoTargetMinutes,
      )})`}
      title={
        backup.lastRestoreTestAt
          ? `Last restore test ${dateTime(backup.lastRestoreTestAt)}`
          : undefined
      }
    />
  );
}

/** Says when the posture was measured, or why it could not be: unknown is not clean. */
export function MeasuredLine({ summary }: { summary: ComplianceSummary }) {
  const { state } = summary;
  if (state.state === 'ok') {
    return (
      <Text as="p" variant="body-small" color="secondary">
        Measured {dateTime(state.at!)}
      </Text>
    );
  }
  if (state.state === 'never') {
    return (
      <Text as="p" variant="body-small" color="secondary" data-testid="state">
        Never measured: no source has answered for this service yet.
      </Text>
    );
  }
  return (
    <Text as="p" variant="body-small" color="secondary" data-testid="state">
      Failed at {dateTime(state.at!)} ({state.error})
      {state.lastSuccessAt
        ? `; showing what was measured ${dateTime(state.lastSuccessAt)}`
        : ''}
    </Text>
  );
}

/** Score, RPO and RTO side by side, as the card and the tab both show them. */
export function PostureChips({ summary }: { summary: ComplianceSummary }) {
  return (
    <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
      <ScoreChip summary={summary} />
      <RpoChip backup={summary.backup} />
      <RtoChip backup={summary.backup} />
    </Flex>
  );
}
