<?php

declare(strict_types=1);

namespace App\Application;

/** What the application asks of a feature-flag service (Unleash in production). */
interface FeatureFlags
{
    public function isEnabled(string $flag): bool;
}
