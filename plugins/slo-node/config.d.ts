/** The slo-node library reads no config of its own; `prometheus.*` is runway-node's. */
export interface Config {}
