<?php

declare(strict_types=1);

namespace App\Infrastructure\Persistence;

use App\Domain\Item\Item;
use App\Domain\Item\ItemId;
use App\Domain\Item\ItemNotFound;
use App\Domain\Item\ItemRepository;

/**
 * Keeps items in the PHP worker's memory: enough for the example and the tests. A real
 * service replaces it with a Doctrine (or DynamoDB, ...) repository behind the same interface.
 */
final class InMemoryItemRepository implements ItemRepository
{
    /** @var array<string, Item> */
    private array $items = [];

    public function save(Item $item): void
    {
        $this->items[$item->id()->toString()] = $item;
    }

    public function get(ItemId $id): Item
    {
        return $this->items[$id->toString()] ?? throw ItemNotFound::withId($id);
    }
}
