<?php

declare(strict_types=1);

namespace App\Application\Command;

use App\Domain\Item\Item;
use App\Domain\Item\ItemId;
use App\Domain\Item\ItemRepository;
use App\Domain\Item\Quantity;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(bus: 'command.bus')]
final class CreateItemHandler
{
    public function __construct(private readonly ItemRepository $items)
    {
    }

    public function __invoke(CreateItem $command): void
    {
        $this->items->save(Item::create(ItemId::fromString($command->id), $command->name, Quantity::of($command->quantity)));
    }
}
