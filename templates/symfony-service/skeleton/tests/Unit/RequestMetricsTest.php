<?php

declare(strict_types=1);

namespace App\Tests\Unit;

use App\Metrics\InMemoryStorage;
use App\Metrics\RequestMetrics;
use PHPUnit\Framework\TestCase;

final class RequestMetricsTest extends TestCase
{
    public function testTheSloThresholdIsABucket(): void
    {
        // the threshold the chart configures (SLO_LATENCY_THRESHOLD_SECONDS), as a float like the env processor gives
        $threshold = (float) '${{ values.latencyThresholdMs / 1000 }}';
        $metrics = new RequestMetrics(new InMemoryStorage(), '${{ values.name }}', $threshold);

        self::assertContains($threshold, $metrics->buckets());
        self::assertSame('${{ values.latencyThresholdMs / 1000 }}', RequestMetrics::formatLe($threshold));
    }

    public function testCountsRequestsWithTheLabelsTheSloQueries(): void
    {
        $metrics = new RequestMetrics(new InMemoryStorage(), '${{ values.name }}', 0.3);
        $metrics->observe('GET', 'orders', 200, 0.12);
        $metrics->observe('GET', 'orders', 503, 0.4);

        $text = $metrics->render();

        self::assertStringContainsString('http_requests_total{service="${{ values.name }}",method="GET",route="orders",code="200"} 1', $text);
        self::assertStringContainsString('http_requests_total{service="${{ values.name }}",method="GET",route="orders",code="503"} 1', $text);
        // 0.12 s is under 0.3 s, 0.4 s is not
        self::assertStringContainsString('http_request_duration_seconds_bucket{service="${{ values.name }}",method="GET",route="orders",le="0.3"} 1', $text);
        self::assertStringContainsString('http_request_duration_seconds_bucket{service="${{ values.name }}",method="GET",route="orders",le="+Inf"} 2', $text);
        self::assertStringContainsString('http_request_duration_seconds_count{service="${{ values.name }}",method="GET",route="orders"} 2', $text);
        self::assertStringContainsString('http_request_duration_seconds_sum{service="${{ values.name }}",method="GET",route="orders"} 0.52', $text);
    }

    public function testFormatsBucketBoundsLikeTheSloSpec(): void
    {
        self::assertSame('0.3', RequestMetrics::formatLe(0.3));
        self::assertSame('1', RequestMetrics::formatLe(1.0));
        self::assertSame('2.5', RequestMetrics::formatLe(2.5));
    }

    public function testEscapesLabelValues(): void
    {
        $metrics = new RequestMetrics(new InMemoryStorage(), '${{ values.name }}', 0.3);
        $metrics->observe('GET', 'say "hi"', 200, 0.01);

        self::assertStringContainsString('route="say \"hi\""', $metrics->render());
    }
}
