<?php

declare(strict_types=1);

namespace App\Domain\Item;

final class ItemNotFound extends \RuntimeException
{
    public static function withId(ItemId $id): self
    {
        return new self(sprintf('No item with id "%s".', $id->toString()));
    }
}
