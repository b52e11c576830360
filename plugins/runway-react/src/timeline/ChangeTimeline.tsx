import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { fitLabels } from './TimelineLabels';
import { TimelineGap, TimelineMarker, TimelineSpan } from './types';

/** @public */
export interface ChangeTimelineProps {
  /** Window start and end (ISO or epoch ms). */
  from: string | number;
  to: string | number;
  markers: TimelineMarker[];
  spans: TimelineSpan[];
  gaps?: TimelineGap[];
  height?: number;
  title?: string;
  /** Left inset in px, to line the time axis up with a chart drawn above it. */
  inset?: number;
  /** A fixed width in px; by default the timeline fills its container. */
  width?: number;
}

const GAP_NOUN: Record<TimelineGap['kind'], string> = {
  deploys: 'deploy',
  flags: 'flag',
  incidents: 'incident',
};
const COLOURS = { deploy: '#1f77b4', rollback: '#c62828', flag: '#6a1b9a' };
const INCIDENT = '#ef6c00';
const RIGHT = 16;
/** An incident shorter than this many px of the window is drawn this wide, to be seen. */
const MIN_SPAN_PX = 4;
const PRIORITY = { rollback: 1, flag: 2, deploy: 3 };
const short = (label: string) =>
  label.length > 28 ? `${label.slice(0, 27)}…` : label;
const ms = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t));

function tick(span: number) {
  return (t: number) => {
    const iso = new Date(t).toISOString();
    // A day or less: hours; longer: dates.
    return span <= 36 * 3600_000 ? iso.slice(11, 16) : iso.slice(5, 10);
  };
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Shaded extends TimelineSpan {
  x1: number;
  x2: number;
}

/**
 * The chart itself, at the width its container gives it: labels (incidents first, then
 * rollbacks, flag changes, deploys) are printed only where they clear each other, so a dense
 * window shows its markers and the counts below, never text over text.
 */
function TimelineChart(props: {
  width?: number;
  height?: number;
  from: number;
  to: number;
  inset: number;
  visible: TimelineMarker[];
  shaded: Shaded[];
}) {
  const { width = 0, height = 0, from, to, inset, visible, shaded } = props;
  const plot = Math.max(0, width - inset - RIGHT);
  const px = (t: number) => ((t - from) / (to - from)) * plot;
  const minSpan = plot > 0 ? ((to - from) * MIN_SPAN_PX) / plot : 0;
  const spans = shaded.map(s =>
    s.x2 - s.x1 >= minSpan
      ? s
      : {
          ...s,
          x1: Math.max(from, Math.min(s.x1, to - minSpan)),
          x2: Math.min(to, Math.max(s.x1, from) + minSpan),
        },
  );
  const labelled = fitLabels(
    [
      ...spans.map(s => ({
        x: px((s.x1 + s.x2) / 2),
        text: short(s.label),
        priority: 0,
      })),
      ...visible.map(m => ({
        x: px(ms(m.at)),
        text: short(m.label),
        priority: PRIORITY[m.kind],
      })),
    ],
    plot,
  );
  return (
    <LineChart
      width={width}
      height={height}
      data={[
        { t: from, y: 0 },
        { t: to, y: 0 },
      ]}
      margin={{ top: 16, right: RIGHT, bottom: 0, left: inset }}
    >
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[from, to]}
        ticks={Array.from(
          { length: 7 },
          (_, i) => from + ((to - from) * i) / 6,
        )}
        tickFormatter={tick(to - from)}
        minTickGap={32}
      />
      <YAxis hide domain={[0, 1]} />
      {spans.map((s, i) => (
        <ReferenceArea
          key={`incident-${s.start}`}
          x1={s.x1}
          x2={s.x2}
          y1={0}
          y2={1}
          fill={INCIDENT}
          fillOpacity={0.25}
          stroke={INCIDENT}
          strokeOpacity={0.6}
          label={
            labelled.has(i)
              ? {
                  value: short(s.label),
                  position: 'top',
                  fontSize: 10,
                  fill: INCIDENT,
                }
              : undefined
          }
        />
      ))}
      {visible.map((m, i) => (
        <ReferenceLine
          key={`${m.kind}-${m.at}-${m.label}`}
          x={ms(m.at)}
          stroke={COLOURS[m.kind]}
          strokeWidth={m.kind === 'deploy' ? 1 : 2}
          strokeDasharray={m.kind === 'flag' ? '4 2' : undefined}
          label={
            labelled.has(spans.length + i)
              ? { value: short(m.label), position: 'top', fontSize: 10 }
              : undefined
          }
        />
      ))}
      <Line
        dataKey="y"
        stroke="transparent"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

/**
 * One timeline of a service's changes and incidents: deploys, rollbacks and flag changes as
 * markers, incidents as shaded spans (open ones reach the window's end), and a grey line
 * for each source that could not be read.
 *
 * @public
 */
export function ChangeTimeline(props: ChangeTimelineProps) {
  const { markers, spans, gaps = [], height = 120, title, inset = 8 } = props;
  const from = ms(props.from);
  const to = ms(props.to);
  const inside = (t: number) => t >= from && t <= to;
  const visible = markers.filter(m => inside(ms(m.at)));
  const shaded = spans
    .map(s => ({
      ...s,
      x1: Math.max(ms(s.start), from),
      x2: Math.min(s.end ? ms(s.end) : to, to),
    }))
    .filter(s => s.x2 >= from && s.x1 <= to);
  const count = (kind: TimelineMarker['kind']) =>
    visible.filter(m => m.kind === kind).length;
  const open = shaded.filter(s => !s.end).length;
  const summary = [
    plural(count('deploy'), 'deploy'),
    plural(count('rollback'), 'rollback'),
    plural(count('flag'), 'flag change'),
    `${plural(shaded.length, 'incident')}${open ? ` (${open} open)` : ''}`,
  ].join(' · ');
  const chartProps = { from, to, inset, visible, shaded };

  return (
    <Box
      data-testid="change-timeline"
      data-markers={visible.length}
      data-spans={shaded.length}
    >
      {title && (
        <Typography variant="subtitle2" component="h3">
          {title}
        </Typography>
      )}
      {props.width ? (
        <TimelineChart width={props.width} height={height} {...chartProps} />
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          <TimelineChart {...chartProps} />
        </ResponsiveContainer>
      )}
      <Typography
        variant="caption"
        component="p"
        data-testid="change-timeline-summary"
      >
        <Box component="span" sx={{ color: COLOURS.deploy }}>
          │ deploy
        </Box>{' '}
        <Box component="span" sx={{ color: COLOURS.rollback }}>
          ┃ rollback
        </Box>{' '}
        <Box component="span" sx={{ color: COLOURS.flag }}>
          ┆ flag change
        </Box>{' '}
        <Box component="span" sx={{ color: INCIDENT }}>
          ▒ incident
        </Box>
        {' — '}
        {summary}
      </Typography>
      {gaps.map(g => (
        <Typography
          key={g.kind}
          variant="caption"
          component="p"
          color="text.disabled"
          data-testid={`change-timeline-gap-${g.kind}`}
        >
          No {GAP_NOUN[g.kind]} data: {g.reason}
        </Typography>
      ))}
    </Box>
  );
}
