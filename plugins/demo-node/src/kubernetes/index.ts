export * from './clusters';
export * from './clusterObjects';
export type { DemoKubernetesObject } from './objectMeta';
export * from './workloadState';
