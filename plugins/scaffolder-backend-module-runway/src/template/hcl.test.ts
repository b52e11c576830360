import { parseHcl, references } from './__testUtils__/hcl';

describe('parseHcl', () => {
  it('reads blocks, labels, attributes and nested blocks', () => {
    const body = parseHcl(`
# comment
resource "aws_s3_bucket" "this" {
  bucket = "\${var.name}-\${data.x.y.id}" // trailing
  tags   = merge(var.tags, {
    service = "a"
  })
  rule {
    id = "one"
  }
}
`);
    expect(body.blocks).toHaveLength(1);
    const [block] = body.blocks;
    expect(block.type).toBe('resource');
    expect(block.labels).toEqual(['aws_s3_bucket', 'this']);
    expect(Object.keys(block.body.attributes)).toEqual(['bucket', 'tags']);
    expect(block.body.blocks[0].body.attributes.id).toBe('"one"');
  });

  it.each([
    ['an unclosed block', 'module "a" {\n  source = "x"\n'],
    ['a stray brace', 'a = 1\n}\n'],
    ['an unterminated string', 'a = "abc\n'],
    ['an unbalanced expression', 'a = [1, 2\n'],
    ['a duplicate attribute', 'b {\n  a = 1\n  a = 2\n}\n'],
    ['a block without braces', 'resource "x" "y"\n'],
  ])('rejects %s', (_label, src) => {
    expect(() => parseHcl(src)).toThrow(/HCL/);
  });

  it('finds references by prefix', () => {
    expect(
      references('module.db.endpoint + var.x + local.tags', 'module'),
    ).toEqual(['db.endpoint']);
    expect(references('[var.subnet_ids, xvar.no]', 'var')).toEqual([
      'subnet_ids',
    ]);
  });
});
