<?php

declare(strict_types=1);

namespace App\Tests\Unit\Domain;

use App\Domain\Item\Quantity;
use PHPUnit\Framework\TestCase;

final class QuantityTest extends TestCase
{
    public function testAddsAndSubtracts(): void
    {
        $five = Quantity::of(5);

        self::assertSame(8, $five->add(Quantity::of(3))->value());
        self::assertSame(2, $five->subtract(Quantity::of(3))->value());
        self::assertSame(5, $five->value(), 'a value object never changes');
        self::assertTrue($five->subtract($five)->equals(Quantity::zero()));
        self::assertTrue(Quantity::of(4)->isLessThan($five));
        self::assertFalse($five->isLessThan($five));
    }

    public function testRefusesValuesOutOfRange(): void
    {
        foreach ([-1, Quantity::MAX + 1] as $value) {
            try {
                Quantity::of($value);
                self::fail("accepted {$value}");
            } catch (\InvalidArgumentException $e) {
                self::assertStringContainsString((string) $value, $e->getMessage());
            }
        }
        self::assertSame(Quantity::MAX, Quantity::of(Quantity::MAX)->value());
        self::assertSame(0, Quantity::of(0)->value());
    }

    public function testCannotGoBelowZeroOrAboveTheMaximum(): void
    {
        $this->expectException(\DomainException::class);
        Quantity::of(2)->subtract(Quantity::of(3));
    }

    public function testCannotAddPastTheMaximum(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        Quantity::of(Quantity::MAX)->add(Quantity::of(1));
    }
}
