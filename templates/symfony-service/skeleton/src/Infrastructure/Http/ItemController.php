<?php

declare(strict_types=1);

namespace App\Infrastructure\Http;

use App\Application\Command\CreateItem;
use App\Application\Query\GetItem;
use App\Application\Query\ItemView;
use App\Domain\Item\ItemId;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\Messenger\HandleTrait;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;

/** Served under /api/v1 (config/routes.yaml); the contract is openapi/openapi.yaml. */
#[Route('/items', name: 'items_')]
final class ItemController
{
    use HandleTrait;

    public function __construct(
        private readonly MessageBusInterface $commandBus,
        MessageBusInterface $queryBus,
    ) {
        $this->messageBus = $queryBus;
    }

    #[Route('', name: 'create', methods: ['POST'])]
    public function create(#[MapRequestPayload] CreateItemRequest $body): JsonResponse
    {
        $id = ItemId::generate()->toString();
        $this->commandBus->dispatch(new CreateItem($id, $body->name, $body->quantity));
        /** @var ItemView $view */
        $view = $this->handle(new GetItem($id));

        return new JsonResponse($view, 201, ['Location' => '/api/v1/items/'.$id]);
    }

    #[Route('/{id}', name: 'get', methods: ['GET'], requirements: ['id' => '[0-9a-f-]{36}'])]
    public function get(string $id): JsonResponse
    {
        /** @var ItemView $view */
        $view = $this->handle(new GetItem($id));

        return new JsonResponse($view);
    }
}
