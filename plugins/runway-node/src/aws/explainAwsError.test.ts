import { UpstreamError } from '../fetchJson';
import { explainAwsError } from './explainAwsError';

/** An SDK service exception as the v3 SDK throws it: a name, a message, $metadata. */
const sdkError = (name: string, httpStatusCode = 400) =>
  Object.assign(
    new Error(
      `User: arn:aws:iam::123456789012:role/runway is not authorized (request id 1f2e)`,
    ),
    { name, $metadata: { httpStatusCode, requestId: '1f2e' } },
  );

describe('explainAwsError', () => {
  it.each([
    [
      'ThrottlingException',
      'ECR DescribeImages was throttled by AWS (ThrottlingException); the next scheduled refresh will try again',
    ],
    [
      'AccessDeniedException',
      'ECR DescribeImages was denied (AccessDeniedException): the role Runway uses lacks permission',
    ],
    ['TimeoutError', 'ECR DescribeImages timed out'],
    [
      'RepositoryNotFoundException',
      'ECR DescribeImages: RepositoryNotFoundException',
    ],
    [
      'DataUnavailableException',
      'ECR DescribeImages: no data available yet for this account or period',
    ],
    ['InternalFailure', 'ECR DescribeImages failed (InternalFailure)'],
  ])('explains %s without the SDK message', (name, message) => {
    const error = explainAwsError('ECR DescribeImages', sdkError(name, 400));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('arn:aws');
    expect(error.upstreamStatus).toBe(400);
  });

  it('names the IAM actions the role needs when access is denied', () => {
    expect(
      explainAwsError(
        'AWS Budgets DescribeBudgets',
        sdkError('AccessDeniedException', 403),
        'budgets:ViewBudget',
      ).message,
    ).toBe(
      'AWS Budgets DescribeBudgets was denied (AccessDeniedException): the role Runway uses lacks permission; it needs budgets:ViewBudget',
    );
  });

  it('explains what is not an SDK error at all', () => {
    const error = explainAwsError('AWS credentials', undefined);
    expect(error.message).toBe('AWS credentials failed (Error)');
    expect(error.upstreamStatus).toBeUndefined();
  });
});
