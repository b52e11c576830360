import { awsUpstream } from './call';

describe('awsUpstream', () => {
  it('labels each AWS service the refresh calls the way the other families do', () => {
    expect(awsUpstream('Security Hub GetFindings')).toBe('aws:securityhub');
    expect(awsUpstream('AWS Config SelectResourceConfig')).toBe('aws:config');
    expect(awsUpstream('AWS Backup ListBackupJobs')).toBe('aws:backup');
    expect(awsUpstream('CloudTrail GetTrailStatus')).toBe('aws:cloudtrail');
  });
});
