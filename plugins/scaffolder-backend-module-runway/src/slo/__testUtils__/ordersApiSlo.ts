/**
 * The SLO the rule generator's tests start from: orders-api's request availability as a
 * Sloth spec writes it, with the given alerting block.
 */
export function ordersApiAvailability(alerting: Record<string, unknown>) {
  return {
    name: 'requests-availability',
    objective: 99.9,
    sli: {
      events: {
        error_query:
          'sum(rate(http_requests_total{service="orders-api",code=~"5.."}[{{.window}}]))',
        total_query:
          'sum(rate(http_requests_total{service="orders-api"}[{{.window}}]))',
      },
    },
    alerting: { name: 'OrdersApiHighErrorRate', ...alerting },
  };
}
