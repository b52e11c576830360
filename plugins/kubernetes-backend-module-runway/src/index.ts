/**
 * Runway's module for Backstage's Kubernetes backend: the demo world's clusters and
 * workloads in demo mode, a per-cluster timeout around Backstage's fetcher in live mode.
 *
 * @packageDocumentation
 */
export { kubernetesModuleRunway as default } from './module';
export { KUBERNETES_FAMILY } from './module';
