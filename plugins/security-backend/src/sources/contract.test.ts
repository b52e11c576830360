import {
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  ECRClient,
} from '@aws-sdk/client-ecr';
import {
  Inspector2Client,
  ListFindingsCommand,
} from '@aws-sdk/client-inspector2';
import {
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { ConfigReader } from '@backstage/config';
import { SEVERITIES } from '@runway/plugin-security-common';
import { mockClient } from 'aws-sdk-client-mock';
import {
  describeImagesPage1,
  inspectorPage1,
  scanFindingsPage1,
  securityHubFindingsPage,
} from '../__fixtures__/aws';
import { AwsScanSource } from './aws/AwsScanSource';
import { DemoScanSource } from './DemoScanSource';
import { OriginScan, ScanSource, ScanTarget } from './types';

// The same cases against the demo source and the AWS one (SDK clients mocked): both answer
// a stream per origin, findings in one shape, and empty streams for an unknown repository.
const ecrMock = mockClient(ECRClient);
const inspectorMock = mockClient(Inspector2Client);
const hubMock = mockClient(SecurityHubClient);

const known: ScanTarget = {
  entityRef: 'component:default/catalog-api',
  ecrRepository: 'catalog-api',
};
const unknown: ScanTarget = {
  entityRef: 'component:default/no-such-service',
  ecrRepository: 'no-such-service',
};

function aws(images: 'known' | 'none'): ScanSource<any> {
  if (images === 'known') {
    ecrMock.on(DescribeImagesCommand).resolves({
      ...describeImagesPage1,
      nextToken: undefined,
    });
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({
      ...scanFindingsPage1,
      nextToken: undefined,
    });
    inspectorMock
      .on(ListFindingsCommand)
      .resolves({ ...inspectorPage1, nextToken: undefined });
    hubMock.on(GetFindingsCommand).resolves(securityHubFindingsPage);
  } else {
    ecrMock
      .on(DescribeImagesCommand)
      .resolves({ $metadata: {}, imageDetails: [] });
    hubMock.on(GetFindingsCommand).resolves({ $metadata: {}, Findings: [] });
  }
  return new AwsScanSource(
    {
      ecr: new ECRClient({ region: 'eu-west-1' }),
      inspector: new Inspector2Client({ region: 'eu-west-1' }),
      securityHub: new SecurityHubClient({ region: 'eu-west-1' }),
    },
    1000,
  );
}

const sources: Array<[string, (images: 'known' | 'none') => ScanSource<any>]> =
  [
    ['demo', () => new DemoScanSource(new ConfigReader({}))],
    ['live', aws],
  ];

async function scan(source: ScanSource<any>, target: ScanTarget) {
  return source.scan(target, await source.prepare([target]));
}

describe.each(sources)('ScanSource contract: %s', (_, create) => {
  beforeEach(() => {
    ecrMock.reset();
    inspectorMock.reset();
    hubMock.reset();
  });

  it('answers one stream per origin, with findings in one shape', async () => {
    const streams = await scan(create('known'), known);
    const findings = streams.flatMap(s => ('findings' in s ? s.findings : []));
    expect(streams.every(s => 'findings' in s)).toBe(true);
    expect(new Set(streams.map(s => s.origin)).size).toBe(streams.length);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({
        source: expect.any(String),
        scanner: expect.any(String),
        title: expect.any(String),
      });
      expect(SEVERITIES).toContain(f.severity);
    }
  });

  it('answers empty streams, not an error, for a repository with nothing scanned', async () => {
    const streams: OriginScan[] = await scan(create('none'), unknown);
    expect(streams.length).toBeGreaterThan(0);
    for (const s of streams)
      expect(s).toEqual({ origin: s.origin, findings: [] });
  });
});
