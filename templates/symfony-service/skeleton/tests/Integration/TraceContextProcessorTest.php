<?php

declare(strict_types=1);

namespace App\Tests\Integration;

use App\Infrastructure\Observability\TraceContextProcessor;
use Monolog\Level;
use Monolog\LogRecord;
use OpenTelemetry\API\Trace\Span;
use OpenTelemetry\API\Trace\SpanContext;
use PHPUnit\Framework\TestCase;

final class TraceContextProcessorTest extends TestCase
{
    public function testAddsTheActiveSpansIds(): void
    {
        $traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
        $spanId = '00f067aa0ba902b7';
        $scope = Span::wrap(SpanContext::create($traceId, $spanId))->activate();
        try {
            $record = (new TraceContextProcessor())($this->record());
        } finally {
            $scope->detach();
        }

        self::assertSame(['trace_id' => $traceId, 'span_id' => $spanId], $record->extra);
    }

    public function testLeavesRecordsOutsideASpanAlone(): void
    {
        self::assertSame([], (new TraceContextProcessor())($this->record())->extra);
    }

    private function record(): LogRecord
    {
        return new LogRecord(new \DateTimeImmutable(), 'app', Level::Info, 'hello');
    }
}
