import { parseTerraform, references } from './__testUtils__/terraformModel';

describe('parseTerraform (HashiCorp HCL through @cdktf/hcl2json)', () => {
  it('reads blocks, labels, attributes and nested blocks', async () => {
    const blocks = await parseTerraform(
      'a.tf',
      `
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
terraform {
  backend "s3" {
    encrypt = true
  }
}
`,
    );
    expect(blocks.map(b => [b.type, b.labels])).toEqual([
      ['resource', ['aws_s3_bucket', 'this']],
      ['terraform', []],
    ]);
    const [bucket, terraform] = blocks;
    expect(Object.keys(bucket.body.attributes).sort()).toEqual([
      'bucket',
      'tags',
    ]);
    expect(bucket.body.attributes.tags).toMatch(/^\$\{merge\(var\.tags,/);
    expect(bucket.body.blocks[0]).toMatchObject({
      type: 'rule',
      body: { attributes: { id: 'one' } },
    });
    expect(terraform.body.blocks[0]).toMatchObject({
      type: 'backend',
      labels: ['s3'],
      body: { attributes: { encrypt: true } },
    });
  });

  it.each([
    ['a missing expression', 'a = '],
    ['an unclosed block', 'module "a" {\n  source = "x"\n'],
    ['a stray brace', 'a = 1\n}\n'],
    ['an unterminated string', 'a = "abc\n'],
    ['an unbalanced expression', 'a = [1, 2\n'],
    ['a duplicate attribute', 'b {\n  a = 1\n  a = 2\n}\n'],
    ['a block without braces', 'resource "x" "y"\n'],
  ])('rejects %s with the parser diagnostics', async (_label, src) => {
    await expect(parseTerraform('broken.tf', src)).rejects.toThrow(
      /broken\.tf:\d+,\d+/,
    );
  });

  it('finds references by prefix', () => {
    expect(
      references('${module.db.endpoint + var.x + local.tags}', 'module'),
    ).toEqual(['db.endpoint']);
    expect(references('${[var.subnet_ids, xvar.no]}', 'var')).toEqual([
      'subnet_ids',
    ]);
  });
});
