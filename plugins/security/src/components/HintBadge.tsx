import { Badge, Focusable, Tooltip, TooltipTrigger } from '@backstage/ui';
import { chipStyle } from '@runway/runway-react';

/**
 * A coloured pill with a tooltip. Focusable so the hint also opens from the keyboard; the
 * `img` role is one react-aria announces the tooltip on, named by the pill's own text.
 */
export function HintBadge(props: {
  label: string;
  hint: string;
  background: string;
  testId: string;
}) {
  return (
    <TooltipTrigger>
      <Focusable>
        <Badge
          data-testid={props.testId}
          role="img"
          aria-label={props.label}
          style={chipStyle(props.background)}
        >
          {props.label}
        </Badge>
      </Focusable>
      <Tooltip>{props.hint}</Tooltip>
    </TooltipTrigger>
  );
}
