<?php

declare(strict_types=1);

namespace App\Application\Query;

use App\Application\FeatureFlags;
use App\Domain\Item\ItemId;
use App\Domain\Item\ItemRepository;
use App\Domain\Item\Quantity;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(bus: 'query.bus')]
final class GetItemHandler
{
    /** The example Unleash flag: when on, the API says whether an item runs low. */
    public const LOW_STOCK_FLAG = '${{ values.name }}.low-stock-hint';
    public const LOW_STOCK_BELOW = 5;

    public function __construct(
        private readonly ItemRepository $items,
        private readonly FeatureFlags $flags,
    ) {
    }

    public function __invoke(GetItem $query): ItemView
    {
        $item = $this->items->get(ItemId::fromString($query->id));
        $lowStock = $this->flags->isEnabled(self::LOW_STOCK_FLAG)
            ? $item->quantity()->isLessThan(Quantity::of(self::LOW_STOCK_BELOW))
            : null;

        return new ItemView($item->id()->toString(), $item->name(), $item->quantity()->value(), $lowStock);
    }
}
