<?php

declare(strict_types=1);

namespace App\Metrics;

final class InMemoryStorage implements MetricsStorage
{
    /** @var array<string, int> */
    private array $values = [];

    public function increment(string $key, int $by = 1): void
    {
        $this->values[$key] = ($this->values[$key] ?? 0) + $by;
    }

    public function all(): array
    {
        ksort($this->values);

        return $this->values;
    }
}
