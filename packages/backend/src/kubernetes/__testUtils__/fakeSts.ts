import http from 'http';
import { AddressInfo } from 'net';

/** The session credentials the fake STS issues: what the EKS token must be signed with. */
export const ASSUMED_ACCESS_KEY_ID = 'ASIAFAKESTSSESSION01';

/** The account of the static keys the backend starts with. */
export const BASE_ACCOUNT = '111122223333';

/**
 * AWS STS on loopback at the wire (Query protocol: form-encoded POST, XML answer), enough
 * for GetCallerIdentity and AssumeRole. Point the SDK at it with the standard `AWS_ENDPOINT_URL_STS`.
 */
export async function startFakeSts() {
  const calls: Array<Record<string, string>> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      calls.push(params);
      if (params.Action === 'GetCallerIdentity') {
        // Backstage's AWS credentials manager asks who the base credentials are first.
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::${BASE_ACCOUNT}:user/runway-backend</Arn>
    <UserId>AIDAFAKEUSERID000001</UserId>
    <Account>${BASE_ACCOUNT}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>`);
        return;
      }
      if (params.Action !== 'AssumeRole') {
        res.writeHead(400, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Could not find operation ${params.Action}</Message></Error><RequestId>00000000-0000-4000-8000-000000000000</RequestId></ErrorResponse>`,
        );
        return;
      }
      const role = params.RoleArn.split('/').pop();
      const account = params.RoleArn.split(':')[4];
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <AssumedRoleId>AROAFAKEROLEID000001:${
        params.RoleSessionName
      }</AssumedRoleId>
      <Arn>arn:aws:sts::${account}:assumed-role/${role}/${
        params.RoleSessionName
      }</Arn>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>${ASSUMED_ACCESS_KEY_ID}</AccessKeyId>
      <SecretAccessKey>fakeSessionSecretKey0000000000000000000</SecretAccessKey>
      <SessionToken>FwoGZXIvYXdzEFakeSessionToken</SessionToken>
      <Expiration>${new Date(Date.now() + 3600_000).toISOString()}</Expiration>
    </Credentials>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>`);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
