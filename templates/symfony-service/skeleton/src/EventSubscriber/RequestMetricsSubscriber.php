<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use App\Metrics\RequestMetrics;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/** Times every main request and records it once the response has been sent. */
final class RequestMetricsSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly RequestMetrics $metrics)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onRequest', 4096],
            KernelEvents::TERMINATE => ['onTerminate', -4096],
        ];
    }

    public function onRequest(RequestEvent $event): void
    {
        if ($event->isMainRequest()) {
            $event->getRequest()->attributes->set('_runway_started', hrtime(true));
        }
    }

    public function onTerminate(TerminateEvent $event): void
    {
        $request = $event->getRequest();
        $started = $request->attributes->get('_runway_started');
        $route = (string) ($request->attributes->get('_route') ?? 'unmatched');
        // probes and scrapes are not user traffic: they would dilute the SLIs
        if (!\is_int($started) || \in_array($route, ['healthz', 'readyz', 'metrics'], true)) {
            return;
        }
        $seconds = (hrtime(true) - $started) / 1e9;
        $this->metrics->observe($request->getMethod(), $route, $event->getResponse()->getStatusCode(), $seconds);
    }
}
