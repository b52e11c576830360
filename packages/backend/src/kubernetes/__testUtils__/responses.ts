// Reading an ObjectsByEntityResponse (`POST /api/kubernetes/services/<name>`) in tests.

/** The part of the response for one cluster. */
export const inCluster = (body: any, cluster: string) =>
  body.items.find((i: any) => i.cluster.name === cluster);

/** One cluster's objects of one fetch type (`pods`, `customresources`, …). */
export const resourcesOf = (item: any, type: string) =>
  item.resources.find((r: any) => r.type === type)?.resources ?? [];
