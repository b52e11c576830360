<?php

declare(strict_types=1);

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

final class HealthController
{
    /** Liveness: the process answers. Never checks dependencies, or a DB blip restarts every pod. */
    #[Route('/healthz', name: 'healthz', methods: ['GET'])]
    public function healthz(): JsonResponse
    {
        return new JsonResponse(['status' => 'ok']);
    }

    /** Readiness: the pod can take traffic; the kernel booted with its configuration. */
    #[Route('/readyz', name: 'readyz', methods: ['GET'])]
    public function readyz(): JsonResponse
    {
        return new JsonResponse(['status' => 'ready', 'service' => '${{ values.name }}']);
    }
}
