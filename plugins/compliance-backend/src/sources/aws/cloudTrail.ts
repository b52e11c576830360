import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { OriginData } from '../types';
import { AwsCall } from './call';

/**
 * Is the account's activity recorded: DescribeTrails once, then GetTrailStatus per trail
 * (an account has one or two; the organisation trail shows in every member account).
 */
export async function readCloudTrail(
  client: CloudTrailClient,
  call: AwsCall,
): Promise<OriginData<never>> {
  const needs = 'cloudtrail:DescribeTrails, cloudtrail:GetTrailStatus';
  const { trailList = [] } = await call('CloudTrail DescribeTrails', needs, o =>
    client.send(new DescribeTrailsCommand({ includeShadowTrails: true }), o),
  );
  let logging = false;
  for (const trail of trailList) {
    const status = await call('CloudTrail GetTrailStatus', needs, o =>
      client.send(
        new GetTrailStatusCommand({ Name: trail.TrailARN ?? trail.Name }),
        o,
      ),
    );
    logging ||= status.IsLogging === true;
  }
  return {
    services: new Map<string, never>(),
    account: { cloudTrailLogging: logging },
  };
}
