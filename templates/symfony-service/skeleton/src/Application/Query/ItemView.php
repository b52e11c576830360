<?php

declare(strict_types=1);

namespace App\Application\Query;

/** What the API shows of an item (the read model, not the aggregate). */
final class ItemView implements \JsonSerializable
{
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly int $quantity,
        public readonly ?bool $lowStock = null,
    ) {
    }

    /** @return array{id: string, name: string, quantity: int, lowStock?: bool} */
    public function jsonSerialize(): array
    {
        $json = ['id' => $this->id, 'name' => $this->name, 'quantity' => $this->quantity];
        if (null !== $this->lowStock) {
            $json['lowStock'] = $this->lowStock;
        }

        return $json;
    }
}
