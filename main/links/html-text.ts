import { decodeEntities, entityAt } from './html-entities.js';

/**
 * Turns mail/calendar HTML (or plain text) into text in one linear pass: tags become spaces or line breaks,
 * `<a href>` targets are written out next to their link text, `<style>`/`<script>`/comments are dropped and
 * character references are decoded. Anything that is not clearly a tag (`<https://…>`, `a < b`, `<Zoom link>`)
 * stays as text. A tag is never scanned past the next "<", which keeps the pass linear on broken markup.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  return new HtmlTextScanner(html).run();
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote body br caption center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul'.split(' '),
);
const INLINE_TAGS = new Set(
  'a abbr area b base bdi bdo big button cite code col colgroup del dfn em font i iframe img input ins kbd label link mark meta nobr option picture q s samp script select small source span strike strong style sub sup svg textarea time tt u var video audio wbr xml'.split(' '),
);
/** Elements whose content is not text a person reads. */
const RAW_CONTENT_TAGS = new Set(['style', 'script', 'xml']);

interface TagScan {
  end: number;
  name: string;
  closing: boolean;
  href: string | null;
}

class HtmlTextScanner {
  private out = '';
  private runStart = 0;
  private readonly closers = new Map<string, { from: number; at: number }>();

  constructor(private readonly html: string) {}

  run(): string {
    const { html } = this;
    const markup = /[&<]/g;
    let i = 0;
    while (i < html.length) {
      // Only "&" and "<" start anything: jump to the next one.
      markup.lastIndex = i;
      const found = markup.exec(html);
      if (!found) break;
      i = found.index;
      const code = html.charCodeAt(i);
      if (code === 38 /* & */) {
        const entity = entityAt(html, i);
        if (entity) {
          this.emit(i, i + entity.length, entity.decoded);
          i += entity.length;
          continue;
        }
      } else if (code === 60 /* < */) {
        const next = this.markupAt(i);
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
    return this.out + html.slice(this.runStart);
  }

  /** Consumes markup at `<`; returns where text resumes, or `at` when the "<" is plain text. */
  private markupAt(at: number): number {
    const { html } = this;
    if (html.startsWith('<!--', at)) {
      const close = this.closer('-->', at + 4);
      if (close < 0) return at;
      this.emit(at, close + 3, ' ');
      return close + 3;
    }
    const second = html[at + 1];
    if (second === '!' || second === '?') {
      const end = this.plainTagEnd(at + 2);
      if (end < 0) return at;
      this.emit(at, end + 1, ' ');
      return end + 1;
    }
    const tag = this.scanTag(at);
    if (!tag) return at;
    let resume = tag.end + 1;
    if (!tag.closing && RAW_CONTENT_TAGS.has(tag.name)) {
      const close = this.closer(`</${tag.name}`, resume);
      if (close >= 0) {
        const end = this.plainTagEnd(close + 2);
        resume = end < 0 ? close + 2 + tag.name.length : end + 1;
      }
    }
    const separator = tag.name === 'wbr' ? '' : BLOCK_TAGS.has(tag.name) ? '\n' : ' ';
    this.emit(at, resume, tag.href === null ? separator : ` ${decodeEntities(tag.href)} `);
    return resume;
  }

  /** Reads `<name attr="…">` or `</name>`; null when it is not a tag we recognise or it is cut off by another "<". */
  private scanTag(at: number): TagScan | null {
    const { html } = this;
    let i = at + 1;
    const closing = html[i] === '/';
    if (closing) i++;
    const nameStart = i;
    while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    if (!isTagName(name, html.charCodeAt(i))) return null;
    let href: string | null = null;
    const wantsHref = !closing && (name === 'a' || name === 'area');
    while (i < html.length) {
      const code = html.charCodeAt(i);
      if (code === 62 /* > */) return { end: i, name, closing, href };
      if (code === 60 /* < */) return null;
      if (isSpace(code) || code === 47 /* / */) {
        i++;
        continue;
      }
      const attrStart = i;
      while (i < html.length && !isAttrNameStop(html.charCodeAt(i))) i++;
      // Only an <a>'s or <area>'s href is read: other names are not even cut out.
      const isHref = wantsHref && i - attrStart === 4 && html.slice(attrStart, i).toLowerCase() === 'href';
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      if (html[i] !== '=') continue;
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      let valueStart = i;
      let valueEnd: number;
      if (quote === '"' || quote === "'") {
        valueStart = i + 1;
        valueEnd = valueStart;
        while (valueEnd < html.length && html[valueEnd] !== quote && html[valueEnd] !== '<') valueEnd++;
        if (html[valueEnd] !== quote) return null;
        i = valueEnd + 1;
      } else {
        valueEnd = valueStart;
        while (valueEnd < html.length && !isSpace(html.charCodeAt(valueEnd)) && html[valueEnd] !== '>' && html[valueEnd] !== '<') valueEnd++;
        i = valueEnd;
      }
      if (isHref && href === null) href = html.slice(valueStart, valueEnd).trim();
    }
    return null;
  }

  /** The index of the ">" that ends a tag without attributes worth reading, or -1 when another "<" comes first. */
  private plainTagEnd(from: number): number {
    const { html } = this;
    for (let i = from; i < html.length; i++) {
      if (html[i] === '>') return i;
      if (html[i] === '<') return -1;
    }
    return -1;
  }

  /** Case-insensitive search for `needle` from `from`, remembering the answer so repeated misses stay linear. */
  private closer(needle: string, from: number): number {
    const known = this.closers.get(needle);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const pattern = new RegExp(needle.replace(/[^a-z0-9]/g, (c) => `\\${c}`), 'gi');
    pattern.lastIndex = from;
    const at = pattern.exec(this.html)?.index ?? -1;
    this.closers.set(needle, { from, at });
    return at;
  }

  private emit(start: number, end: number, replacement: string): void {
    this.out += this.html.slice(this.runStart, start) + replacement;
    this.runStart = end;
  }
}

/** Known HTML tags, or Office's namespaced ones (`o:p`, `v:shape`); `<https://…>` and `<tel:+47…>` are text. */
function isTagName(name: string, following: number): boolean {
  if (name === '') return false;
  const colon = name.indexOf(':');
  if (colon >= 0) return colon > 0 && colon < name.length - 1 && /^[a-z]/.test(name.slice(colon + 1));
  if (!(following === 62 || following === 47 || isSpace(following))) return false;
  return BLOCK_TAGS.has(name) || INLINE_TAGS.has(name);
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 58 || code === 45 || code === 95;
}

function isAttrNameStop(code: number): boolean {
  return isSpace(code) || code === 61 /* = */ || code === 62 /* > */ || code === 47 /* / */ || code === 60 /* < */;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}
