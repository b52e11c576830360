<?php

declare(strict_types=1);

namespace App\Infrastructure\FeatureFlags;

use App\Application\FeatureFlags;
use Unleash\Client\Unleash;

/** Flags from Unleash; an unreachable Unleash answers from the client's cache, else "off". */
final class UnleashFeatureFlags implements FeatureFlags
{
    public function __construct(private readonly Unleash $unleash)
    {
    }

    public function isEnabled(string $flag): bool
    {
        return $this->unleash->isEnabled($flag, null, false);
    }
}
