<?php

declare(strict_types=1);

namespace App\Tests\Property;

use App\Domain\Item\Quantity;
use Eris\Generators;
use Eris\TestTrait;
use PHPUnit\Framework\TestCase;

/** Properties of the value object over generated inputs (Eris shrinks any counterexample). */
final class QuantityPropertyTest extends TestCase
{
    use TestTrait;

    public function testAddingThenSubtractingGivesTheStartBack(): void
    {
        $this->forAll(Generators::choose(0, Quantity::MAX / 2), Generators::choose(0, Quantity::MAX / 2))
            ->then(function (int $a, int $b): void {
                $sum = Quantity::of($a)->add(Quantity::of($b));
                self::assertSame($a + $b, $sum->value());
                self::assertTrue($sum->subtract(Quantity::of($b))->equals(Quantity::of($a)));
                self::assertTrue(Quantity::of($b)->add(Quantity::of($a))->equals($sum));
            });
    }

    public function testEveryValueInRangeIsAcceptedAndNoneOutside(): void
    {
        $this->forAll(Generators::int())
            ->then(function (int $value): void {
                $inRange = $value >= 0 && $value <= Quantity::MAX;
                try {
                    self::assertSame($value, Quantity::of($value)->value());
                    self::assertTrue($inRange, "accepted {$value}");
                } catch (\InvalidArgumentException) {
                    self::assertFalse($inRange, "refused {$value}");
                }
            });
    }
}
