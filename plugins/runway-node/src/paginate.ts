/**
 * Walks a next-token API (AWS `NextToken` / `nextToken`, Cost Explorer's `NextPageToken`)
 * to the end and returns every page's items in order. The page cap means a token that
 * never runs out fails the call instead of looping forever.
 *
 * @param fetchPage - asks for one page; `token` is undefined for the first
 * @public
 */
export async function paginate<T>(
  fetchPage: (
    token: string | undefined,
  ) => Promise<{ items: T[]; next?: string }>,
  maxPages = 1000,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { items, next } = await fetchPage(token);
    all.push(...items);
    if (!next) return all;
    token = next;
  }
  throw new Error(`more than ${maxPages} pages`);
}
