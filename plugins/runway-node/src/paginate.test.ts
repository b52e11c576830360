import { paginate } from './paginate';

describe('paginate', () => {
  it('follows the token to the last page and keeps the order', async () => {
    const pages: Record<string, { items: number[]; next?: string }> = {
      first: { items: [1, 2], next: 'b' },
      b: { items: [3], next: 'c' },
      c: { items: [4] },
    };
    const asked: Array<string | undefined> = [];
    const all = await paginate(async token => {
      asked.push(token);
      return pages[token ?? 'first'];
    });
    expect(all).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('fails instead of looping when the token never runs out', async () => {
    const fetchPage = jest.fn(async () => ({ items: [1], next: 'again' }));
    await expect(paginate(fetchPage, 3)).rejects.toThrow('more than 3 pages');
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });
});
