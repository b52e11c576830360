import { randomFor } from './random';
import { DemoService, DemoWorld } from './world';

/**
 * The demo services' architecture decision records, `docs/adr/NNNN-title.md`. Older ones are
 * written in MADR 2 (status as a bullet), newer ones in MADR 3 (status in YAML front matter),
 * as real repositories mix both; one early decision is always superseded by a later one.
 */

const DAY = 24 * 3600_000;

/** @public */
export interface DemoAdr {
  number: number;
  title: string;
  file: string;
  status: 'accepted' | 'proposed' | 'deprecated' | 'superseded';
  /** File name of the ADR that supersedes this one. */
  supersededBy?: string;
  date: string;
  format: 'madr2' | 'madr3';
  markdown: string;
}

interface Topic {
  title: string;
  context: string;
  options: string[];
}

const TOPICS: Topic[] = [
  {
    title: 'Use Redis for HTTP sessions',
    context: 'Sessions must survive a pod restart and be shared by replicas.',
    options: ['Redis', 'Database sessions', 'Sticky sessions'],
  },
  {
    title: 'Use Symfony Messenger for asynchronous work',
    context: 'Slow side effects make requests slow and fail together.',
    options: ['Symfony Messenger with SQS', 'Cron jobs', 'Inline calls'],
  },
  {
    title: 'Adopt OpenTelemetry tracing',
    context: 'We cannot follow a request across services.',
    options: ['OpenTelemetry', 'Vendor agent', 'Logs only'],
  },
  {
    title: 'Release to production with canaries',
    context: 'Bad releases reach every user at once.',
    options: ['Argo Rollouts canary', 'Blue/green', 'Big bang'],
  },
  {
    title: 'Version the public API in the URL',
    context: 'Clients break when a response changes shape.',
    options: ['/v1 in the path', 'Accept header versioning', 'No versioning'],
  },
  {
    title: 'Keep secrets in AWS Secrets Manager',
    context: 'Secrets live in CI variables nobody rotates.',
    options: ['AWS Secrets Manager', 'Sealed secrets', 'CI variables'],
  },
];

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n: number) => String(n).padStart(4, '0');
const fileOf = (n: number, title: string) => `${pad(n)}-${slug(title)}.md`;

function body(topic: Topic, chosen: string): string[] {
  return [
    '## Context and Problem Statement',
    '',
    topic.context,
    '',
    '## Considered Options',
    '',
    ...topic.options.map(o => `* ${o}`),
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${chosen}", because it is the one the team can operate with what Runway already provides.`,
    '',
  ];
}

function render(
  adr: Omit<DemoAdr, 'markdown'>,
  owner: string,
  topic: Topic,
  chosen: string,
): string {
  const status = adr.supersededBy
    ? `superseded by [ADR-${adr.supersededBy.slice(0, 4)}](${adr.supersededBy})`
    : adr.status;
  if (adr.format === 'madr2') {
    return [
      `# ${adr.title}`,
      '',
      `* Status: ${status}`,
      `* Deciders: ${owner}`,
      `* Date: ${adr.date}`,
      '',
      ...body(topic, chosen),
    ].join('\n');
  }
  return [
    '---',
    `status: "${status}"`,
    `date: ${adr.date}`,
    `deciders: ${owner}`,
    '---',
    `# ${adr.title}`,
    '',
    ...body(topic, chosen),
  ].join('\n');
}

/** The ADRs of one service: 3 to 6, the second superseded by the last. @public */
export function demoAdrs(world: DemoWorld, service: DemoService): DemoAdr[] {
  const rnd = randomFor(world.seed, 'adr', service.name);
  const count = rnd.int(3, 6);
  const start = Date.parse(world.now) - 900 * DAY;
  const topics = [...TOPICS].sort(() => rnd.next() - 0.5).slice(0, count - 2);
  const first: Topic = {
    title: 'Record architecture decisions',
    context: 'Decisions get lost in chat threads.',
    options: ['MADR', 'Wiki pages', 'Nothing'],
  };
  const storage: Topic = service.database
    ? {
        title: 'Store data in MySQL',
        context: 'The service needs a relational store.',
        options: ['MySQL', 'PostgreSQL'],
      }
    : {
        title: 'Keep no local state',
        context: 'The service owns no data; it calls the services that do.',
        options: ['Stateless', 'Local SQLite'],
      };
  const replacement: Topic = service.database
    ? {
        title: 'Move to PostgreSQL on RDS',
        context: 'MySQL lacks the JSON indexing we need now.',
        options: ['PostgreSQL on RDS', 'Stay on MySQL'],
      }
    : {
        title: 'Keep idempotency keys in Redis',
        context:
          'Retried requests and redelivered messages were processed twice.',
        options: ['Redis keys', 'Database table'],
      };
  const all = [first, storage, ...topics.slice(0, count - 3), replacement];
  const lastFile = fileOf(all.length, replacement.title);
  return all.map((topic, i) => {
    const number = i + 1;
    const date = new Date(start + i * 150 * DAY + rnd.int(0, 60) * DAY)
      .toISOString()
      .slice(0, 10);
    const proposed = i === all.length - 2 && i > 1 && rnd.chance(0.4);
    let status: DemoAdr['status'] = proposed ? 'proposed' : 'accepted';
    if (i === 1) status = 'superseded';
    const adr: Omit<DemoAdr, 'markdown'> = {
      number,
      title: topic.title,
      file: fileOf(number, topic.title),
      status,
      supersededBy: i === 1 ? lastFile : undefined,
      date,
      format: i < 2 ? 'madr2' : 'madr3',
    };
    return {
      ...adr,
      markdown: render(adr, service.owner, topic, topic.options[0]),
    };
  });
}
