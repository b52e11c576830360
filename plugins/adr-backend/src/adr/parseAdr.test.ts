import { createDemoWorld, demoAdrs } from '@runway/demo-node';
import { parseAdr } from './parseAdr';

describe('parseAdr', () => {
  it('reads a MADR 3 record from its front matter', () => {
    const adr = parseAdr(
      '0007-use-postgresql.md',
      '---\nstatus: "superseded by [ADR-0009](0009-use-aurora.md)"\ndate: 2024-03-01\ndeciders: [alice, bruno]\n---\n# Use PostgreSQL\n\n## Context and Problem Statement\n',
    );
    expect(adr).toEqual({
      number: 7,
      title: 'Use PostgreSQL',
      status: 'superseded',
      statusText: 'superseded by [ADR-0009](0009-use-aurora.md)',
      supersededBy: '0009-use-aurora.md',
      date: '2024-03-01',
      deciders: 'alice, bruno',
      format: 'madr3',
      body: '# Use PostgreSQL\n\n## Context and Problem Statement\n',
    });
  });

  it('reads a MADR 2 record from its status bullets', () => {
    const adr = parseAdr(
      '0002-use-redis.md',
      '# Use Redis for sessions\n\n* Status: accepted\n* Deciders: team-checkout\n* Date: 2021-05-04\n\nTechnical Story: #12\n',
    );
    expect(adr).toMatchObject({
      number: 2,
      title: 'Use Redis for sessions',
      status: 'accepted',
      date: '2021-05-04',
      deciders: 'team-checkout',
      format: 'madr2',
    });
    expect(adr.supersededBy).toBeUndefined();
  });

  it('falls back to a "## Status" section and to the file name', () => {
    expect(
      parseAdr('0003-x.md', '# Log in JSON\n\n## Status\n\nDeprecated\n'),
    ).toMatchObject({
      title: 'Log in JSON',
      status: 'deprecated',
      format: 'unknown',
    });
    expect(parseAdr('notes.md', 'no heading')).toMatchObject({
      title: 'notes',
      number: undefined,
      status: undefined,
    });
  });

  it('keeps a file whose front matter is not YAML', () => {
    expect(parseAdr('0001-a.md', '---\n: : [\n---\n# A\n')).toMatchObject({
      format: 'unknown',
      title: 'A',
    });
  });

  it('agrees with every demo ADR it is given, both formats', () => {
    const world = createDemoWorld({ now: new Date('2026-01-01T00:00:00Z') });
    for (const service of world.services.slice(0, 4)) {
      for (const adr of demoAdrs(world, service)) {
        expect(parseAdr(adr.file, adr.markdown)).toMatchObject({
          number: adr.number,
          title: adr.title,
          status: adr.status,
          date: adr.date,
          format: adr.format,
          supersededBy: adr.supersededBy,
        });
      }
    }
  });
});
