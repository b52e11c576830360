<?php

declare(strict_types=1);

namespace App\Infrastructure\FeatureFlags;

use Psr\SimpleCache\CacheInterface;
use Symfony\Component\HttpClient\Psr18Client;
use Unleash\Client\Unleash;
use Unleash\Client\UnleashBuilder;

/**
 * Builds the Unleash client from the environment: UNLEASH_URL comes from the chart's
 * ConfigMap, UNLEASH_API_TOKEN from Secrets Manager through the chart's ExternalSecret.
 * The token is a client token of one Unleash environment, so it also picks the environment.
 */
final class UnleashFactory
{
    public static function create(string $url, string $apiToken, string $appName, CacheInterface $cache): Unleash
    {
        $http = new Psr18Client();

        return UnleashBuilder::create()
            ->withAppUrl($url)
            ->withAppName($appName)
            ->withInstanceId(gethostname() ?: $appName)
            ->withHeader('Authorization', $apiToken)
            ->withHttpClient($http)
            ->withRequestFactory($http)
            ->withCacheHandler($cache, 30)
            ->build();
    }
}
