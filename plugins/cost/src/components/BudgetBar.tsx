import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { BudgetStatus } from '@runway/plugin-cost-common';
import { percent, usd } from './format';

/** How much of the monthly budget is spent, red when over or forecast to be. */
export function BudgetBar({ budget }: { budget: BudgetStatus | null }) {
  if (!budget)
    return (
      <Typography color="textSecondary">No AWS budget covers this.</Typography>
    );
  return (
    <div>
      <Typography variant="body2">
        {budget.name}: {usd(budget.actual)} of {usd(budget.limit)} (
        {percent(budget.usedRatio)})
        {budget.forecast !== null && <>, forecast {usd(budget.forecast)}</>}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, budget.usedRatio * 100)}
        color={budget.breached ? 'secondary' : 'primary'}
        aria-label="budget used"
      />
      {budget.breached && (
        <Typography color="error" variant="body2" data-testid="budget-breached">
          {budget.actual > budget.limit
            ? 'Over budget'
            : 'Forecast to exceed the budget this month'}
        </Typography>
      )}
    </div>
  );
}
