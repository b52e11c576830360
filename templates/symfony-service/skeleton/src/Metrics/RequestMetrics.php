<?php

declare(strict_types=1);

namespace App\Metrics;

/**
 * The two series the SLO spec (slo/slo.yaml) reads:
 *   http_requests_total{service,route,method,code}           availability SLI
 *   http_request_duration_seconds_bucket{service,route,le}   latency SLI
 * The latency threshold of the SLO is always one of the buckets, so that
 * `le="<threshold>"` exists for the SLI query.
 */
final class RequestMetrics
{
    private const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

    /** @var list<float> */
    private array $buckets;

    public function __construct(
        private readonly MetricsStorage $storage,
        private readonly string $service,
        float $sloThresholdSeconds,
    ) {
        $buckets = self::DEFAULT_BUCKETS;
        $buckets[] = $sloThresholdSeconds;
        $buckets = array_values(array_unique($buckets, \SORT_REGULAR));
        sort($buckets);
        $this->buckets = $buckets;
    }

    public function observe(string $method, string $route, int $statusCode, float $seconds): void
    {
        $counter = $this->labels(['method' => $method, 'route' => $route, 'code' => (string) $statusCode]);
        $this->storage->increment('http_requests_total'.$counter);

        $series = ['method' => $method, 'route' => $route];
        foreach ($this->buckets as $le) {
            if ($seconds <= $le) {
                $this->storage->increment('http_request_duration_seconds_bucket'.$this->labels($series + ['le' => self::formatLe($le)]));
            }
        }
        $this->storage->increment('http_request_duration_seconds_bucket'.$this->labels($series + ['le' => '+Inf']));
        $this->storage->increment('http_request_duration_seconds_count'.$this->labels($series));
        $this->storage->increment('http_request_duration_micros_sum'.$this->labels($series), (int) round($seconds * 1_000_000));
    }

    /** Prometheus text exposition format 0.0.4. */
    public function render(): string
    {
        $lines = [
            '# HELP http_requests_total Requests handled, by route, method and status code.',
            '# TYPE http_requests_total counter',
        ];
        $histogram = [
            '# HELP http_request_duration_seconds Time to handle a request.',
            '# TYPE http_request_duration_seconds histogram',
        ];
        foreach ($this->storage->all() as $key => $value) {
            if (str_starts_with($key, 'http_requests_total')) {
                $lines[] = $key.' '.$value;
            } elseif (str_starts_with($key, 'http_request_duration_micros_sum')) {
                $histogram[] = str_replace('_micros_sum', '_seconds_sum', $key).' '.($value / 1_000_000);
            } else {
                $histogram[] = $key.' '.$value;
            }
        }

        return implode("\n", array_merge($lines, $histogram))."\n";
    }

    /** @return list<float> */
    public function buckets(): array
    {
        return $this->buckets;
    }

    public static function formatLe(float $le): string
    {
        // 0.3 -> "0.3", 1.0 -> "1": the same text the SLO spec writes in le="..."
        return rtrim(rtrim(sprintf('%.6F', $le), '0'), '.');
    }

    /** @param array<string, string> $labels */
    private function labels(array $labels): string
    {
        $pairs = ['service="'.$this->escape($this->service).'"'];
        foreach ($labels as $name => $value) {
            $pairs[] = $name.'="'.$this->escape($value).'"';
        }

        return '{'.implode(',', $pairs).'}';
    }

    private function escape(string $value): string
    {
        return str_replace(['\\', '"', "\n"], ['\\\\', '\\"', '\\n'], $value);
    }
}
