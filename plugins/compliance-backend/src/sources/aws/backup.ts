import {
  BackupClient,
  ListBackupJobsCommand,
  ListProtectedResourcesCommand,
  ListRestoreJobsCommand,
} from '@aws-sdk/client-backup';
import { paginate } from '@runway/runway-node';
import { BackupResult, OriginData } from '../types';
import { AwsCall, latestIso } from './call';

/** The Backup list APIs' largest page. */
export const BACKUP_PAGE = 1000;
const DAY = 86_400_000;
/** Completed backup jobs read back this far: enough to see the latest of a daily plan. */
export const BACKUP_JOBS_DAYS = 2;
/** Restore-testing jobs read back this far: restore-testing plans run at least monthly. */
export const RESTORE_JOBS_DAYS = 35;

/**
 * AWS Backup for the whole account in three paginated listings (protected resources,
 * completed backup jobs of the last 2 days, completed restore jobs of the last 35 days),
 * at most 1000 items a page, attributed to services through the tag inventory since Backup
 * returns no tags. Only restores made by a restore-testing plan count as restore tests.
 */
export async function readBackup(
  client: BackupClient,
  call: AwsCall,
  tagOf: (arn: string) => string | undefined,
  now: Date,
): Promise<OriginData<BackupResult>> {
  const needs =
    'backup:ListProtectedResources, backup:ListBackupJobs, backup:ListRestoreJobs';
  const protectedResources = await paginate(async token => {
    const page = await call('AWS Backup ListProtectedResources', needs, o =>
      client.send(
        new ListProtectedResourcesCommand({
          MaxResults: BACKUP_PAGE,
          NextToken: token,
        }),
        o,
      ),
    );
    return { items: page.Results ?? [], next: page.NextToken };
  });
  const jobs = await paginate(async token => {
    const page = await call('AWS Backup ListBackupJobs', needs, o =>
      client.send(
        new ListBackupJobsCommand({
          ByState: 'COMPLETED',
          ByCompleteAfter: new Date(now.getTime() - BACKUP_JOBS_DAYS * DAY),
          MaxResults: BACKUP_PAGE,
          NextToken: token,
        }),
        o,
      ),
    );
    return { items: page.BackupJobs ?? [], next: page.NextToken };
  });
  const restores = await paginate(async token => {
    const page = await call('AWS Backup ListRestoreJobs', needs, o =>
      client.send(
        new ListRestoreJobsCommand({
          ByStatus: 'COMPLETED',
          ByCompleteAfter: new Date(now.getTime() - RESTORE_JOBS_DAYS * DAY),
          MaxResults: BACKUP_PAGE,
          NextToken: token,
        }),
        o,
      ),
    );
    return { items: page.RestoreJobs ?? [], next: page.NextToken };
  });

  const services = new Map<string, BackupResult>();
  const entry = (arn: string | undefined) => {
    const tag = arn ? tagOf(arn) : undefined;
    return tag ? services.get(tag) : undefined;
  };
  for (const resource of protectedResources) {
    const tag = resource.ResourceArn ? tagOf(resource.ResourceArn) : undefined;
    if (!tag) continue;
    const found = services.get(tag) ?? {
      protectedResources: 0,
      lastBackupAt: null,
      lastRestoreTestAt: null,
      restoreMinutes: null,
    };
    found.protectedResources += 1;
    // Continuous backups move LastBackupTime without a job of their own.
    found.lastBackupAt = latestIso(found.lastBackupAt, resource.LastBackupTime);
    services.set(tag, found);
  }
  for (const job of jobs) {
    const found = entry(job.ResourceArn);
    if (found)
      found.lastBackupAt = latestIso(found.lastBackupAt, job.CompletionDate);
  }
  for (const job of restores) {
    if (!job.CreatedBy?.RestoreTestingPlanArn || !job.CompletionDate) continue;
    const found = entry(job.SourceResourceArn);
    const at = job.CompletionDate.toISOString();
    if (!found || (found.lastRestoreTestAt && found.lastRestoreTestAt >= at)) {
      continue;
    }
    found.lastRestoreTestAt = at;
    found.restoreMinutes = job.CreationDate
      ? Math.round(
          (job.CompletionDate.getTime() - job.CreationDate.getTime()) / 60_000,
        )
      : null;
  }
  return { services };
}
