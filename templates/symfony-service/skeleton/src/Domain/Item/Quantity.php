<?php

declare(strict_types=1);

namespace App\Domain\Item;

/** A stock quantity: a whole number from 0 to MAX, immutable. */
final class Quantity
{
    public const MAX = 1_000_000;

    private function __construct(private readonly int $value)
    {
    }

    public static function of(int $value): self
    {
        if ($value < 0 || $value > self::MAX) {
            throw new \InvalidArgumentException(sprintf('A quantity is between 0 and %d, got %d.', self::MAX, $value));
        }

        return new self($value);
    }

    public static function zero(): self
    {
        return new self(0);
    }

    public function add(self $other): self
    {
        return self::of($this->value + $other->value);
    }

    public function subtract(self $other): self
    {
        if ($other->value > $this->value) {
            throw new \DomainException(sprintf('Cannot take %d from %d.', $other->value, $this->value));
        }

        return new self($this->value - $other->value);
    }

    public function isLessThan(self $other): bool
    {
        return $this->value < $other->value;
    }

    public function equals(self $other): bool
    {
        return $this->value === $other->value;
    }

    public function value(): int
    {
        return $this->value;
    }
}
