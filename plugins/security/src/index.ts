export { securityPlugin as default } from './plugin';
