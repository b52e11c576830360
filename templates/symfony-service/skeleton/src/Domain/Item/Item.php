<?php

declare(strict_types=1);

namespace App\Domain\Item;

/** The example aggregate: a stocked item. Its invariants live here, not in controllers. */
final class Item
{
    public const NAME_MAX_LENGTH = 120;

    private function __construct(
        private readonly ItemId $id,
        private readonly string $name,
        private Quantity $quantity,
    ) {
    }

    public static function create(ItemId $id, string $name, Quantity $quantity): self
    {
        $name = trim($name);
        if ('' === $name || mb_strlen($name) > self::NAME_MAX_LENGTH) {
            throw new \InvalidArgumentException(sprintf('An item name has 1 to %d characters.', self::NAME_MAX_LENGTH));
        }

        return new self($id, $name, $quantity);
    }

    public function restock(Quantity $added): void
    {
        $this->quantity = $this->quantity->add($added);
    }

    public function take(Quantity $taken): void
    {
        $this->quantity = $this->quantity->subtract($taken);
    }

    public function id(): ItemId
    {
        return $this->id;
    }

    public function name(): string
    {
        return $this->name;
    }

    public function quantity(): Quantity
    {
        return $this->quantity;
    }
}
