<?php

declare(strict_types=1);

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

final class HealthControllerTest extends WebTestCase
{
    public function testProbesAnswer(): void
    {
        $client = static::createClient();

        $client->request('GET', '/healthz');
        self::assertResponseIsSuccessful();

        $client->request('GET', '/readyz');
        self::assertResponseIsSuccessful();
        self::assertJsonStringEqualsJsonString('{"status":"ready","service":"${{ values.name }}"}', (string) $client->getResponse()->getContent());
    }

    public function testMetricsExposeTheSloSeries(): void
    {
        $client = static::createClient();
        $client->request('GET', '/healthz');
        $client->request('GET', '/metrics');

        self::assertResponseIsSuccessful();
        self::assertStringContainsString('# TYPE http_requests_total counter', (string) $client->getResponse()->getContent());
    }
}
