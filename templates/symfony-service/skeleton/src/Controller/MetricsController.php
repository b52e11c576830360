<?php

declare(strict_types=1);

namespace App\Controller;

use App\Metrics\RequestMetrics;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class MetricsController
{
    public function __construct(private readonly RequestMetrics $metrics)
    {
    }

    #[Route('/metrics', name: 'metrics', methods: ['GET'])]
    public function __invoke(): Response
    {
        return new Response($this->metrics->render(), 200, ['Content-Type' => 'text/plain; version=0.0.4']);
    }
}
