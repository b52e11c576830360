<?php

declare(strict_types=1);

namespace App\Tests\Unit\Domain;

use App\Domain\Item\Item;
use App\Domain\Item\ItemId;
use App\Domain\Item\Quantity;
use PHPUnit\Framework\TestCase;

final class ItemTest extends TestCase
{
    public function testIsCreatedWithATrimmedNameAndItsStockChanges(): void
    {
        $id = ItemId::generate();
        $item = Item::create($id, '  Blue mug ', Quantity::of(3));

        $item->restock(Quantity::of(4));
        $item->take(Quantity::of(2));

        self::assertSame($id, $item->id());
        self::assertSame('Blue mug', $item->name());
        self::assertSame(5, $item->quantity()->value());
    }

    public function testRefusesAnEmptyOrOverlongName(): void
    {
        foreach (['   ', str_repeat('x', Item::NAME_MAX_LENGTH + 1)] as $name) {
            try {
                Item::create(ItemId::generate(), $name, Quantity::zero());
                self::fail('accepted a bad name');
            } catch (\InvalidArgumentException $e) {
                self::assertStringContainsString((string) Item::NAME_MAX_LENGTH, $e->getMessage());
            }
        }
        self::assertSame(Item::NAME_MAX_LENGTH, mb_strlen(Item::create(ItemId::generate(), str_repeat('é', Item::NAME_MAX_LENGTH), Quantity::zero())->name()));
    }

    public function testCannotTakeMoreThanInStock(): void
    {
        $item = Item::create(ItemId::generate(), 'Mug', Quantity::of(1));

        $this->expectException(\DomainException::class);
        $item->take(Quantity::of(2));
    }

    public function testIdsAreVersion4UuidsAndParsed(): void
    {
        $id = ItemId::generate()->toString();

        self::assertMatchesRegularExpression('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $id);
        self::assertSame($id, ItemId::fromString($id)->toString());
        self::assertNotSame($id, ItemId::generate()->toString());
        $this->expectException(\InvalidArgumentException::class);
        ItemId::fromString('not-a-uuid');
    }
}
