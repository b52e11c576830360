<?php

declare(strict_types=1);

namespace App\Application\Query;

/** Sent on the query bus; GetItemHandler answers it with an ItemView. */
final class GetItem
{
    public function __construct(public readonly string $id)
    {
    }
}
