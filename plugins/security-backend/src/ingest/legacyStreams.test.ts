import { TestDatabases } from '@backstage/backend-test-utils';
import fs from 'fs';
import path from 'path';
import { FindingStore } from '../service/FindingStore';
import { ReportIngester } from './ReportIngester';
import { trivyFindings, trivyReportSchema } from './trivy';

jest.setTimeout(60_000);

const ref = 'component:default/catalog-api';
const image = fs.readFileSync(
  path.join(__dirname, '../__fixtures__/trivy-image.json'),
);

describe('reports from before per-artifact streams', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'moves findings found again to the new stream with their history and fixes the rest on %p',
    async databaseId => {
      const store = await FindingStore.create({
        getClient: async () => databases.init(databaseId),
      });
      // What the old ingester wrote: one stream per scanner, ids without `identity`.
      const old = trivyFindings(
        trivyReportSchema.parse(JSON.parse(image.toString())),
      ).map(({ identity: _identity, ...f }) => f);
      await store.replaceOrigin(
        ref,
        'report:trivy:trivy',
        old,
        '2026-11-01T00:00:00.000Z',
      );
      const openssl = (await store.findingsFor([ref])).find(
        f => f.packageName === 'openssl',
      )!;
      await store.setSuppression(openssl.id, {
        reason: 'Not reachable',
        expiresAt: '2027-06-01T00:00:00.000Z',
        by: 'user:default/ana',
      });

      const report = JSON.parse(image.toString());
      report.Results[0].Vulnerabilities =
        report.Results[0].Vulnerabilities.filter(
          (v: any) => v.PkgName !== 'apt',
        );
      const ingester = new ReportIngester(
        store,
        () => new Date('2026-12-01T00:00:00.000Z'),
      );
      const res = await ingester.ingest(
        ref,
        Buffer.from(JSON.stringify(report)),
      );
      expect(res).toMatchObject({ stored: 3, new: 0, fixed: 1 });

      const all = await store.findingsFor([ref]);
      expect(all.filter(f => !f.fixedAt)).toHaveLength(3);
      expect(
        all
          .filter(f => !f.fixedAt)
          .every(f => f.origin.startsWith('report:trivy:trivy:')),
      ).toBe(true);
      expect(all.find(f => f.packageName === 'openssl')).toMatchObject({
        firstSeen: '2026-11-01T00:00:00.000Z',
        suppression: { reason: 'Not reachable' },
      });
      expect(all.find(f => f.packageName === 'apt')).toMatchObject({
        origin: 'report:trivy:trivy',
        fixedAt: '2026-12-01T00:00:00.000Z',
      });
    },
  );
});
