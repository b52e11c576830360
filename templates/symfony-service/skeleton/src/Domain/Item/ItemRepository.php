<?php

declare(strict_types=1);

namespace App\Domain\Item;

interface ItemRepository
{
    public function save(Item $item): void;

    /** @throws ItemNotFound */
    public function get(ItemId $id): Item;
}
