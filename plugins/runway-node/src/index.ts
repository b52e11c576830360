/**
 * Upstream helpers shared by Runway's backend plugins.
 *
 * @packageDocumentation
 */

export * from './dataSource';
export * from './serveFamily';
export * from './search/familySearchModule';
export * from './permissions/mayRead';
export * from './fetchJson';
export * from './StaleCache';
export * from './ResponseCache';
export * from './files/entityFiles';
export * from './files/sanitizeMarkdown';
export * from './files/LocalFolderUrlReader';
export * from './files/localFilesUrlReaderFactory';
export * from './demoLatency';
export * from './files/annotatedEntities';
export * from './files/readTimeout';
export * from './files/readEntityFileText';
export * from './routeInput';
export * from './batchFields';
export * from './reportUpload';
export * from './prometheus/PrometheusClient';
export * from './aws/explainAwsError';
export * from './aws/withAwsTimeout';
export * from './paginate';
export * from './testing/upstreamFixtures';
export * from './testing/helmRender';
export * from './testing/notConfigured';
export * from './metrics/upstreamMetrics';
export { RUNWAY_METER, runwayCounter } from './metrics/runwayMeter';
