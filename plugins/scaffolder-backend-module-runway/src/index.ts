/**
 * Runway's Scaffolder actions: `runway:slo:generate-rules` and `runway:publish:local`.
 *
 * @packageDocumentation
 */

export { scaffolderModuleRunway as default } from './module';
export { createSloGenerateRulesAction } from './actions/sloGenerateRules';
export { createPublishLocalAction } from './actions/publishLocal';
export {
  generatePrometheusRule,
  alertNames,
  pluginSlos,
} from './slo/generatePrometheusRule';
