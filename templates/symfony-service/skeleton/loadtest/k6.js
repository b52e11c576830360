// Load test run by CI after the smoke test. Its thresholds are the SLOs of slo/slo.yaml:
// ${{ values.latencyTarget }} % of requests under ${{ values.latencyThresholdMs }} ms, and an error rate within the
// availability objective (${{ values.availabilityTarget }} %). The summary goes to Runway's quality view.
import http from 'k6/http';
import { check } from 'k6';

const BASE_URL = __ENV.BASE_URL;
// with JWT auth on, CI passes a token for the load-test client (secrets.LOADTEST_TOKEN)
const AUTH = __ENV.API_TOKEN ? { Authorization: `Bearer ${__ENV.API_TOKEN}` } : {};
const LATENCY_TARGET_PERCENT = ${{ values.latencyTarget }};
const LATENCY_THRESHOLD_MS = ${{ values.latencyThresholdMs }};
const AVAILABILITY_TARGET_PERCENT = ${{ values.availabilityTarget }};
const ERROR_RATE = Number(((100 - AVAILABILITY_TARGET_PERCENT) / 100).toFixed(6));

export const options = {
  scenarios: {
    steady: { executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '2m', preAllocatedVUs: 20 },
  },
  thresholds: {
    http_req_duration: [`p(${LATENCY_TARGET_PERCENT})<${LATENCY_THRESHOLD_MS}`],
    http_req_failed: [`rate<${ERROR_RATE}`],
  },
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', `p(${LATENCY_TARGET_PERCENT})`],
};

export function setup() {
  const created = http.post(`${BASE_URL}/api/v1/items`, JSON.stringify({ name: 'k6 item', quantity: 10 }), {
    headers: { 'Content-Type': 'application/json', ...AUTH },
  });
  check(created, { 'item created': r => r.status === 201 });
  return { location: created.headers.Location };
}

export default function (data) {
  const res = http.get(`${BASE_URL}${data.location}`, { headers: AUTH });
  check(res, { 'item read': r => r.status === 200 });
}

export function handleSummary(data) {
  return { 'k6-summary.json': JSON.stringify(data), stdout: `p(95) ${data.metrics.http_req_duration.values['p(95)']} ms\n` };
}
