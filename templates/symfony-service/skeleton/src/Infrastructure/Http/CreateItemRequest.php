<?php

declare(strict_types=1);

namespace App\Infrastructure\Http;

use App\Domain\Item\Item;
use App\Domain\Item\Quantity;
use Symfony\Component\Validator\Constraints as Assert;

/** The body of POST /api/v1/items, validated before the controller runs (422 otherwise). */
final class CreateItemRequest
{
    public function __construct(
        #[Assert\NotBlank]
        #[Assert\Length(max: Item::NAME_MAX_LENGTH)]
        public readonly string $name = '',
        #[Assert\Range(min: 0, max: Quantity::MAX)]
        public readonly int $quantity = 0,
    ) {
    }
}
