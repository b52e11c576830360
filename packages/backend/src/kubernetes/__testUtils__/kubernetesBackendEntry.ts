// The Kubernetes part of Runway's backend, run as a child process (with --require
// nodeTransform.cjs) by kubernetesBackendProcess.ts: Backstage's Kubernetes backend loads
// @kubernetes/client-node with a dynamic import(), which jest's module sandbox cannot run.
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-kubernetes-backend'));
backend.add(import('@runway/plugin-kubernetes-backend-module-runway'));
backend.start();
