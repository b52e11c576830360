<?php

declare(strict_types=1);

namespace App\Infrastructure\Http;

use App\Domain\Item\ItemNotFound;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Symfony\Component\HttpKernel\KernelEvents;
use Symfony\Component\Messenger\Exception\HandlerFailedException;
use Symfony\Component\Validator\Exception\ValidationFailedException;

/**
 * Answers every error under /api with an RFC 9457 problem document: 400 for a body that is
 * not JSON, 422 with one entry per invalid field, 404 for an unknown item, 429 from the limiter.
 */
final class ApiExceptionSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array
    {
        return [KernelEvents::EXCEPTION => ['onException', 0]];
    }

    public function onException(ExceptionEvent $event): void
    {
        if (!str_starts_with($event->getRequest()->getPathInfo(), '/api/')) {
            return;
        }
        $error = $event->getThrowable();
        if ($error instanceof HandlerFailedException) {
            $error = $error->getPrevious() ?? $error;
        }
        $problem = match (true) {
            $error instanceof ItemNotFound => ['status' => 404, 'title' => 'Not found', 'detail' => $error->getMessage()],
            $error instanceof \InvalidArgumentException, $error instanceof \DomainException => ['status' => 422, 'title' => 'Unprocessable request', 'detail' => $error->getMessage()],
            $error instanceof HttpExceptionInterface => ['status' => $error->getStatusCode(), 'title' => 'Request refused', 'detail' => $error->getMessage()],
            default => null,
        };
        if (null === $problem) {
            return; // a 500: the framework logs it with its trace
        }
        $violations = $error->getPrevious() instanceof ValidationFailedException ? $error->getPrevious()->getViolations() : [];
        foreach ($violations as $violation) {
            $problem['violations'][] = ['field' => $violation->getPropertyPath(), 'message' => (string) $violation->getMessage()];
        }
        $headers = ['Content-Type' => 'application/problem+json'];
        if ($error instanceof HttpExceptionInterface) {
            $headers += $error->getHeaders();
        }
        $event->setResponse(new JsonResponse(['type' => 'about:blank'] + $problem, $problem['status'], $headers));
    }
}
