/** Helm's values merge: maps merge key by key, everything else (lists too) is replaced. */
export function mergeValues(base: any, override: any): any {
  if (!isMap(base) || !isMap(override))
    return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override))
    merged[key] = mergeValues(base[key], value);
  return merged;
}

function isMap(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every `.Values.a.b` path a chart template reads (`$.Values` included). */
export function valuePathsUsed(template: string): string[] {
  const paths = new Set<string>();
  for (const match of template.matchAll(
    /\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g,
  )) {
    paths.add(match[1].slice(1));
  }
  return [...paths];
}

/** Whether the dotted path names a value that is set (false, 0 and "" count as set). */
export function hasValue(values: any, dotted: string): boolean {
  let node = values;
  for (const key of dotted.split('.')) {
    if (!isMap(node) || !(key in node)) return false;
    node = node[key];
  }
  return node !== null && node !== undefined;
}
