import { Badge } from '@backstage/ui';
import { chipStyle } from '@runway/runway-react';

export const GREY = '#757575';
export const GREEN = '#2e7d32';
export const RED = '#c62828';
export const AMBER = '#ef6c00';

/** A status pill; `tone` grey means unknown, never a pass. */
export function StatusChip(props: {
  label: string;
  tone: 'good' | 'bad' | 'warn' | 'unknown';
  testId?: string;
  title?: string;
}) {
  const background = {
    good: GREEN,
    bad: RED,
    warn: AMBER,
    unknown: GREY,
  }[props.tone];
  return (
    <Badge
      style={chipStyle(background)}
      data-testid={props.testId}
      data-tone={props.tone}
      title={props.title}
    >
      {props.label}
    </Badge>
  );
}
