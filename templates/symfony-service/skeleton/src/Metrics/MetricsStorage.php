<?php

declare(strict_types=1);

namespace App\Metrics;

/**
 * Where counters live between requests. PHP-FPM workers share nothing, so production
 * uses APCu (shared memory per pod); tests use the in-memory storage. Values are
 * integers so that APCu can add to them atomically (durations are kept in microseconds).
 */
interface MetricsStorage
{
    public function increment(string $key, int $by = 1): void;

    /** @return array<string, int> every key with its value, sorted by key */
    public function all(): array;
}
