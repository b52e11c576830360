import { InputError } from '@backstage/errors';

/**
 * Equality-based Kubernetes label selectors (`k=v`, `k==v`, `k!=v`, comma = AND), the form
 * Backstage sends: `backstage.io/kubernetes-id=<id>` or the entity's
 * `backstage.io/kubernetes-label-selector` (the chart's selector labels). Set-based terms
 * (`in`, `notin`, `!k`) are refused rather than matched wrongly.
 */
export function matchLabelSelector(
  selector: string | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  if (!selector) return () => true;
  const terms = selector.split(',').map(term => {
    const m = /^\s*([A-Za-z0-9./_-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)\s*$/.exec(
      term,
    );
    if (!m) {
      throw new InputError(
        `Unsupported label selector '${selector}': only k=v, k==v and k!=v terms`,
      );
    }
    return { key: m[1], negate: m[2] === '!=', value: m[3] };
  });
  return labels =>
    terms.every(
      ({ key, negate, value }) => (labels?.[key] === value) !== negate,
    );
}
