<?php

declare(strict_types=1);

namespace App\Infrastructure\Observability;

use OpenTelemetry\API\Globals;
use OpenTelemetry\API\Trace\SpanKind;
use OpenTelemetry\API\Trace\StatusCode;
use OpenTelemetry\Context\Context;
use OpenTelemetry\Context\ScopeInterface;
use OpenTelemetry\SemConv\TraceAttributes;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * One server span per request, continuing the caller's W3C traceparent, and the OpenTelemetry
 * http.server.request.duration histogram (the Prometheus series at /metrics stay what the SLO
 * and the Grafana dashboard read). The SDK is set up
 * from the environment (OTEL_PHP_AUTOLOAD_ENABLED, OTEL_EXPORTER_OTLP_ENDPOINT, ... which the
 * chart's ConfigMap sets), so this class only uses the API.
 */
final class TracingSubscriber implements EventSubscriberInterface
{
    private ?ScopeInterface $scope = null;
    private int $started = 0;

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onRequest', 2048],
            KernelEvents::TERMINATE => ['onTerminate', -2048],
        ];
    }

    public function onRequest(RequestEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }
        $request = $event->getRequest();
        $parent = Globals::propagator()->extract($request->headers->all());
        $span = Globals::tracerProvider()->getTracer('${{ values.name }}')
            ->spanBuilder($request->getMethod().' '.$request->getPathInfo())
            ->setSpanKind(SpanKind::KIND_SERVER)
            ->setParent($parent)
            ->setAttribute(TraceAttributes::HTTP_REQUEST_METHOD, $request->getMethod())
            ->setAttribute(TraceAttributes::URL_PATH, $request->getPathInfo())
            ->startSpan();
        $this->scope = $span->storeInContext(Context::getCurrent())->activate();
        $this->started = hrtime(true);
    }

    public function onTerminate(TerminateEvent $event): void
    {
        if (null === $this->scope) {
            return;
        }
        $span = \OpenTelemetry\API\Trace\Span::getCurrent();
        $route = (string) ($event->getRequest()->attributes->get('_route') ?? 'unmatched');
        $status = $event->getResponse()->getStatusCode();
        $span->updateName($event->getRequest()->getMethod().' '.$route)
            ->setAttribute(TraceAttributes::HTTP_ROUTE, $route)
            ->setAttribute(TraceAttributes::HTTP_RESPONSE_STATUS_CODE, $status);
        if ($status >= 500) {
            $span->setStatus(StatusCode::STATUS_ERROR);
        }
        $span->end();
        Globals::meterProvider()->getMeter('${{ values.name }}')
            ->createHistogram('http.server.request.duration', 's', 'Duration of HTTP server requests.')
            ->record((hrtime(true) - $this->started) / 1e9, [
                TraceAttributes::HTTP_REQUEST_METHOD => $event->getRequest()->getMethod(),
                TraceAttributes::HTTP_ROUTE => $route,
                TraceAttributes::HTTP_RESPONSE_STATUS_CODE => $status,
            ]);
        $this->scope->detach();
        $this->scope = null;
    }
}
