<?php

declare(strict_types=1);

namespace App\Tests\Unit\Application;

use App\Application\Command\CreateItem;
use App\Application\Command\CreateItemHandler;
use App\Domain\Item\ItemId;
use App\Domain\Item\ItemNotFound;
use App\Infrastructure\Persistence\InMemoryItemRepository;
use PHPUnit\Framework\TestCase;

final class CreateItemHandlerTest extends TestCase
{
    public function testStoresTheNewItem(): void
    {
        $items = new InMemoryItemRepository();
        $id = ItemId::generate()->toString();

        (new CreateItemHandler($items))(new CreateItem($id, 'Blue mug', 7));

        $item = $items->get(ItemId::fromString($id));
        self::assertSame('Blue mug', $item->name());
        self::assertSame(7, $item->quantity()->value());
    }

    public function testRefusesAnInvalidCommandAndStoresNothing(): void
    {
        $items = new InMemoryItemRepository();
        $id = ItemId::generate()->toString();

        try {
            (new CreateItemHandler($items))(new CreateItem($id, 'Blue mug', -1));
            self::fail('accepted a negative quantity');
        } catch (\InvalidArgumentException) {
        }

        $this->expectException(ItemNotFound::class);
        $items->get(ItemId::fromString($id));
    }
}
