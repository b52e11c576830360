import { markdownTitle, sanitizeMarkdown } from './sanitizeMarkdown';

describe('sanitizeMarkdown', () => {
  it('drops script, style and iframe with their content', () => {
    const out = sanitizeMarkdown(
      '# Runbook\n<script>fetch("/steal")</script><style>body{}</style><iframe src="x"></iframe>\nStep 1',
    );
    expect(out).toBe('# Runbook\n\nStep 1');
  });

  it('drops event handlers and javascript: links but keeps the elements', () => {
    const out = sanitizeMarkdown(
      '<a href="javascript:alert(1)" onclick="x()">here</a> <img src="a.png" onerror="x()" alt="a">',
    );
    expect(out).toBe('<a>here</a> <img src="a.png" alt="a" />');
  });

  it.each([
    '<a href="javascript&#58;alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="  JaVaScRiPt:alert(1)">x</a>',
    '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    '[x](javascript:alert(1))',
    '![x](java&#x09;script:alert(1))',
  ])(
    'drops a link target the browser would decode into a script: %s',
    input => {
      expect(sanitizeMarkdown(input).toLowerCase()).not.toMatch(
        /javascript|java&#x09;script|data:/,
      );
    },
  );

  it('keeps safe and relative link targets', () => {
    const md =
      '[a](https://x.example/a?b=1&c=2) [b](./other.md) <a href="mailto:ops@x.example">c</a>';
    expect(sanitizeMarkdown(md)).toBe(md);
  });

  it('cannot be fooled by a tag split around another', () => {
    const out = sanitizeMarkdown('<scr<script>x</script>ipt>alert(1)</script>');
    expect(out).not.toMatch(/<script/i);
  });

  it('leaves Markdown itself as written: quotes, code, ampersands and escaped entities', () => {
    const md =
      '> quote\n\n```php\nif ($a && $b > 2) { echo "<script>"; }\n```\n\nAT&T, a < b, &lt;literal&gt; `<div onclick>`';
    expect(sanitizeMarkdown(md)).toBe(md);
  });
});

describe('markdownTitle', () => {
  it('takes the first level-1 heading', () => {
    expect(markdownTitle('intro\n# Disk full\n## x', 'fallback')).toBe(
      'Disk full',
    );
    expect(markdownTitle('no heading', 'fallback')).toBe('fallback');
  });
});
