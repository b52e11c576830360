import { HttpAuthService, PermissionsService, UserInfoService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { costReadPermission } from '@runway/plugin-cost-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { CostVisibility, restrictCost } from './service/costVisibility';
import { ScorecardService } from './service/ScorecardService';
import { FamilyClient } from './sources/FamilyClient';

// The page takes no parameters; anything else is a mistake worth a 400.
const noQuery = z.object({}).strict();

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  scorecard: ScorecardService;
  families: FamilyClient;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, permissions, userInfo, scorecard, families } = options;
  const router = Router();

  const costVisibility = async (req: express.Request): Promise<CostVisibility> => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    // Services (and the benchmark's static token) read everything, as with the families.
    if (credentials.principal.type !== 'user') return { all: true };
    const [decision] = await permissions.authorizeConditional([{ permission: costReadPermission }], { credentials });
    if (decision.result === AuthorizeResult.ALLOW) return { all: true };
    if (decision.result === AuthorizeResult.DENY) return { all: false, ownedRefs: [] };
    // Conditional: the policy's condition is ownership; the owned groups are the user's claims.
    const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
    return { all: false, ownedRefs: ownershipEntityRefs };
  };

  /** The whole page in one answer: every service, team and system against the targets. */
  router.get('/scorecard', async (req, res) => {
    const parsed = noQuery.safeParse(req.query);
    if (!parsed.success) throw new InputError(`Unexpected query parameters: ${Object.keys(req.query).join(', ')}`);
    const visibility = await costVisibility(req);
    const page = await scorecard.get();
    res.type('application/json');
    res.send(visibility.all ? page.body : JSON.stringify(restrictCost(page.response, visibility)));
  });

  /** Upstream calls made so far, per family: the benchmark divides them by page loads. */
  router.get('/stats', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ upstreamCalls: families.calls, builds: scorecard.builds });
  });

  return router;
}
