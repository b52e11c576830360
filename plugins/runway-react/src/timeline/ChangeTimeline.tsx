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
}

const GAP_NOUN: Record<TimelineGap['kind'], string> = {
  deploys: 'deploy',
  flags: 'flag',
  incidents: 'incident',
};
const COLOURS = { deploy: '#1f77b4', rollback: '#c62828', flag: '#6a1b9a' };
const INCIDENT = '#ef6c00';
/** Above this many markers, none is labelled. */
const LABELLED = 6;
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
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={[
            { t: from, y: 0 },
            { t: to, y: 0 },
          ]}
          margin={{ top: 16, right: 16, bottom: 0, left: inset }}
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
          {shaded.map(s => (
            <ReferenceArea
              key={`incident-${s.start}`}
              x1={s.x1}
              x2={s.x2}
              y1={0}
              y2={1}
              fill={INCIDENT}
              fillOpacity={0.2}
              stroke={INCIDENT}
              strokeOpacity={0.5}
              label={{ value: s.label, position: 'insideTop', fontSize: 10 }}
            />
          ))}
          {visible.map(m => (
            <ReferenceLine
              key={`${m.kind}-${m.at}-${m.label}`}
              x={ms(m.at)}
              stroke={COLOURS[m.kind]}
              strokeWidth={m.kind === 'deploy' ? 1 : 2}
              strokeDasharray={m.kind === 'flag' ? '4 2' : undefined}
              label={
                // Labels of a dense window would overprint each other: counts say it below.
                visible.length <= LABELLED
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
      </ResponsiveContainer>
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
