import { AppRecord } from './appRecord';
import {
  LabelSelector,
  matchesLabels,
  parseLabelSelector,
} from './labelSelector';

/** How an entity names its apps: the fields of `DeployTarget` that matching reads. */
export interface AppQuery {
  selector?: string;
  appName?: string;
  appNamespace?: string;
}

const parsed = new Map<string, LabelSelector | Error>();
const MAX_PARSED = 10_000;

/**
 * Parses a selector once per process: the catalog holds a bounded set of annotations, and
 * a page of 500 entities would otherwise re-parse 500 selectors per request. Throws the
 * parser's `InputError` for an invalid one.
 */
export function selectorOf(selector: string): LabelSelector {
  let entry = parsed.get(selector);
  if (!entry) {
    try {
      entry = parseLabelSelector(selector);
    } catch (e) {
      entry = e as Error;
    }
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(selector, entry);
  }
  if (entry instanceof Error) throw entry;
  return entry;
}

/**
 * One instance's fetched app list, grouped for lookup. Built once per fetched list (see
 * `LiveDeploymentSource`), so a request costs map lookups, not a scan of every app.
 */
export class AppIndex {
  private readonly byName = new Map<string, AppRecord[]>();
  /** Apps by `key=value` of each label, to narrow a selector to its candidates. */
  private readonly byLabel = new Map<string, AppRecord[]>();

  static build(instance: string, apps: AppRecord[]): AppIndex {
    return new AppIndex(instance, apps);
  }

  private constructor(readonly instance: string, readonly apps: AppRecord[]) {
    for (const app of apps) {
      push(this.byName, app.name, app);
      for (const [key, value] of Object.entries(app.labels)) {
        push(this.byLabel, `${key}=${value}`, app);
      }
    }
  }

  /** The apps an entity names; an invalid selector matches nothing (see `selectorOf`). */
  match(query: AppQuery): AppRecord[] {
    if (query.appName) {
      const named = this.byName.get(query.appName) ?? [];
      return query.appNamespace
        ? named.filter(a => a.namespace === query.appNamespace)
        : named;
    }
    if (!query.selector) return [];
    let selector: LabelSelector;
    try {
      selector = selectorOf(query.selector);
    } catch {
      return [];
    }
    // An app has one value per key, so the union over an `in` set holds no duplicates.
    let candidates = this.apps;
    for (const req of selector) {
      if (req.op !== 'in') continue;
      const union = req.values.flatMap(
        v => this.byLabel.get(`${req.key}=${v}`) ?? [],
      );
      if (union.length < candidates.length) candidates = union;
    }
    return candidates.filter(app => matchesLabels(app.labels, selector));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
