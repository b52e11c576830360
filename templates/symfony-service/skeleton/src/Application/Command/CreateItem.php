<?php

declare(strict_types=1);

namespace App\Application\Command;

/** Sent on the command bus; handled by CreateItemHandler. */
final class CreateItem
{
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly int $quantity,
    ) {
    }
}
