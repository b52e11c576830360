import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';

const AMP = '\u0000amp\u0000';
const ESCAPES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&amp;': '&',
};

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * A link target as the browser will read it: entities decoded (`javascript&#58;`), control
 * characters and whitespace removed (`java\tscript:`). Relative URLs and anchors are safe.
 */
export function isSafeUrl(raw: string): boolean {
  const decoded = decodeHTML(raw.split(AMP).join('&'));
  const url = [...decoded]
    .filter(c => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** Drops an `href`/`src` the browser would run or load from an unsafe scheme. */
function safeAttribute(attribute: 'href' | 'src'): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const value = attribs[attribute];
    if (value === undefined || isSafeUrl(value)) return { tagName, attribs };
    const { [attribute]: _dropped, ...rest } = attribs;
    return { tagName, attribs: rest };
  };
}

const OPTIONS: sanitizeHtml.IOptions = {
  transformTags: { a: safeAttribute('href'), img: safeAttribute('src') },
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'details',
    'summary',
  ],
  // No on* handlers, no style: only the attributes Markdown itself can produce.
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
  parser: { decodeEntities: false },
  // sanitize-html escapes text for HTML, but this is Markdown (`>` starts a quote): undo the
  // escaping it added. Every `&` of the input was hidden first, so entities the author wrote
  // (`&lt;`) are never decoded into markup.
  textFilter: text => text.replace(/&(lt|gt|quot|amp);/g, m => ESCAPES[m]),
};

// Fenced code blocks and inline code render as text in Markdown, whatever they contain.
const CODE = /(^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\2[ \t]*$|`[^`\n]+`)/gm;

// Markdown's own links and images: `[text](target)` / `![alt](target)`.
const MARKDOWN_LINK = /(\]\(\s*)([^)\s]+)/g;

function sanitizeProse(text: string): string {
  const hidden = text.replace(/&/g, AMP);
  const html = sanitizeHtml(hidden, OPTIONS).split(AMP).join('&');
  return html.replace(MARKDOWN_LINK, (match, open, target) =>
    isSafeUrl(target) ? match : `${open}#`,
  );
}

function once(markdown: string): string {
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(CODE)) {
    out += sanitizeProse(markdown.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  return out + sanitizeProse(markdown.slice(last));
}

/**
 * Runbook and ADR Markdown may embed raw HTML. The browser renders Markdown without raw HTML
 * anyway; this is the server-side guarantee: no script/style/iframe, no event handlers, no
 * `javascript:` links. Repeated until stable so split tags (`<scr<script>ipt>`) cannot re-form.
 */
export function sanitizeMarkdown(markdown: string): string {
  let current = markdown;
  for (let i = 0; i < 5; i++) {
    const next = once(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** The first `# Heading` of a Markdown document, or the fallback. */
export function markdownTitle(markdown: string, fallback: string): string {
  return /^#\s+(.+)$/m.exec(markdown)?.[1].trim() ?? fallback;
}
