<?php

declare(strict_types=1);

namespace App\Metrics;

final class ApcuStorage implements MetricsStorage
{
    private const PREFIX = 'runway_metrics:';

    public function increment(string $key, int $by = 1): void
    {
        // apcu_inc is atomic across the pod's FPM workers; apcu_add creates the key once.
        apcu_add(self::PREFIX.$key, 0);
        apcu_inc(self::PREFIX.$key, $by);
    }

    public function all(): array
    {
        $values = [];
        foreach (new \APCUIterator('/^'.preg_quote(self::PREFIX, '/').'/') as $entry) {
            $values[substr((string) $entry['key'], \strlen(self::PREFIX))] = (int) $entry['value'];
        }
        ksort($values);

        return $values;
    }
}
