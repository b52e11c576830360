<?php

declare(strict_types=1);

namespace App\Tests\Unit\Application;

use App\Application\FeatureFlags;
use App\Application\Query\GetItem;
use App\Application\Query\GetItemHandler;
use App\Domain\Item\Item;
use App\Domain\Item\ItemId;
use App\Domain\Item\ItemNotFound;
use App\Domain\Item\Quantity;
use App\Infrastructure\Persistence\InMemoryItemRepository;
use PHPUnit\Framework\TestCase;

final class GetItemHandlerTest extends TestCase
{
    public function testAnswersWithTheItemView(): void
    {
        [$items, $id] = $this->oneItem(3);

        $view = (new GetItemHandler($items, self::flags(false)))(new GetItem($id));

        self::assertSame(['id' => $id, 'name' => 'Blue mug', 'quantity' => 3], $view->jsonSerialize());
    }

    public function testTheLowStockFlagAddsTheHint(): void
    {
        [$items, $id] = $this->oneItem(GetItemHandler::LOW_STOCK_BELOW - 1);
        $handler = new GetItemHandler($items, self::flags(true));

        self::assertTrue($handler(new GetItem($id))->jsonSerialize()['lowStock'] ?? null);
        $items->get(ItemId::fromString($id))->restock(Quantity::of(1));
        self::assertFalse($handler(new GetItem($id))->jsonSerialize()['lowStock'] ?? null);
        self::assertSame('${{ values.name }}.low-stock-hint', GetItemHandler::LOW_STOCK_FLAG);
    }

    public function testAnUnknownItemIsNotFound(): void
    {
        $this->expectException(ItemNotFound::class);
        (new GetItemHandler(new InMemoryItemRepository(), self::flags(false)))(new GetItem(ItemId::generate()->toString()));
    }

    /** @return array{InMemoryItemRepository, string} */
    private function oneItem(int $quantity): array
    {
        $items = new InMemoryItemRepository();
        $id = ItemId::generate();
        $items->save(Item::create($id, 'Blue mug', Quantity::of($quantity)));

        return [$items, $id->toString()];
    }

    private static function flags(bool $on): FeatureFlags
    {
        return new class($on) implements FeatureFlags {
            public function __construct(private readonly bool $on)
            {
            }

            public function isEnabled(string $flag): bool
            {
                return $this->on && GetItemHandler::LOW_STOCK_FLAG === $flag;
            }
        };
    }
}
