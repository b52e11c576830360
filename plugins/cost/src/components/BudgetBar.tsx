import { Text } from '@backstage/ui';
// @backstage/ui has no progress bar: Material v5's, themed by the app's unified theme.
import LinearProgress from '@mui/material/LinearProgress';
import { BudgetStatus } from '@runway/plugin-cost-common';
import { percent, usd } from './format';

/** How much of the monthly budget is spent, red when over or forecast to be. */
export function BudgetBar({ budget }: { budget: BudgetStatus | null }) {
  if (!budget)
    return (
      <Text as="p" variant="body-large" color="secondary">
        No AWS budget covers this.
      </Text>
    );
  return (
    <div>
      <Text as="p" style={{ marginBottom: 4 }}>
        {budget.name}: {usd(budget.actual)} of {usd(budget.limit)} (
        {percent(budget.usedRatio)})
        {budget.forecast !== null && <>, forecast {usd(budget.forecast)}</>}
      </Text>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, budget.usedRatio * 100)}
        color={budget.breached ? 'secondary' : 'primary'}
        aria-label="budget used"
      />
      {budget.breached && (
        <Text
          as="p"
          color="danger"
          data-testid="budget-breached"
          style={{ marginTop: 4 }}
        >
          {budget.actual > budget.limit
            ? 'Over budget'
            : 'Forecast to exceed the budget this month'}
        </Text>
      )}
    </div>
  );
}
