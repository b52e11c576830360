<?php

declare(strict_types=1);

namespace App\Infrastructure\Http;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\Routing\Attribute\Route;

/** Serves the API contract that CI lints and the functional tests hold the routes to. */
final class OpenApiController
{
    public function __construct(
        #[Autowire('%kernel.project_dir%/openapi/openapi.yaml')]
        private readonly string $document,
    ) {
    }

    #[Route('/openapi.yaml', name: 'openapi', methods: ['GET'])]
    public function __invoke(): BinaryFileResponse
    {
        return new BinaryFileResponse($this->document, 200, ['Content-Type' => 'application/yaml']);
    }
}
