import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { complianceReadPermission } from '@runway/plugin-compliance-common';
import { costReadPermission } from '@runway/plugin-cost-common';
import { parseInput, ResponseCache } from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import {
  FamilyVisibility,
  GuardedFamily,
  restrictFamilies,
  Visibility,
} from './service/visibility';
import { ScorecardService } from './service/ScorecardService';

const isUser = (
  c: BackstageCredentials,
): c is BackstageCredentials<BackstageUserPrincipal> =>
  (c.principal as { type?: string }).type === 'user';

// The page takes no parameters; anything else is a mistake worth a 400.
const noQuery = z.object({}).strict();

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  scorecard: ScorecardService;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, userInfo, scorecard } = options;
  const router = Router();

  // One permission per guarded family, asked in one call.
  const guarded: Array<[GuardedFamily, typeof costReadPermission]> = [
    ['cost', costReadPermission],
    ['compliance', complianceReadPermission],
  ];
  const decide = async (
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Visibility> => {
    const decisions = await permissions.authorizeConditional(
      guarded.map(([, permission]) => ({ permission })),
      { credentials },
    );
    let ownedRefs: Promise<string[]> | undefined;
    const owned = () =>
      (ownedRefs ??= userInfo
        .getUserInfo(credentials)
        .then(info => info.ownershipEntityRefs));
    const entries = await Promise.all(
      guarded.map(async ([family], i): Promise<[string, FamilyVisibility]> => {
        // AuthorizeResult's values, read as strings (its package is not a dependency here).
        const result = String(decisions[i]?.result);
        if (result === 'ALLOW') return [family, { all: true }];
        if (result === 'CONDITIONAL')
          // The policy's condition is ownership; the owned groups are the user's claims.
          return [family, { all: false, ownedRefs: await owned() }];
        return [family, { all: false, ownedRefs: [] }];
      }),
    );
    return Object.fromEntries(entries);
  };

  // A viewer's visibility for a short while: page loads do not each ask the policy.
  const decisions = new Map<string, { value: Visibility; until: number }>();
  const visibilityOf = async (
    req: express.Request,
  ): Promise<Visibility | undefined> => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // Services (and the benchmark's static token) read everything, as with the families.
    if (!isUser(credentials)) return undefined;
    const user = credentials.principal.userEntityRef;
    const known = decisions.get(user);
    if (known && known.until > Date.now()) return known.value;
    const value = await decide(credentials);
    if (decisions.size > 10_000) decisions.clear();
    decisions.set(user, { value, until: Date.now() + 30_000 });
    return value;
  };

  // Keyed by the page's ETag, so a rebuilt page is never answered from an older entry.
  const restricted = new ResponseCache({ ttlMs: 60_000, maxEntries: 200 });

  /** The whole page in one answer: every service, team and system against the targets. */
  router.get('/scorecard', async (req, res) => {
    parseInput(noQuery, req.query);
    const visibility = await visibilityOf(req);
    const page = await scorecard.get();
    res.type('application/json');
    if (visibility && Object.values(visibility).some(v => !v.all)) {
      // A restricted page is serialised and gzipped once per page and visibility, not per request.
      await restricted.send(
        req,
        res,
        `${page.etag}:${JSON.stringify(visibility)}`,
        async () => restrictFamilies(page.response, visibility),
      );
      return;
    }
    // The shared page: its ETag and gzip are computed once per refresh, not per request.
    res.setHeader('ETag', page.etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.vary('Accept-Encoding');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(page.gzip);
      return;
    }
    res.send(page.body);
  });

  return router;
}
