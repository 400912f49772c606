/**
 * One built page → the URLs it references (with their line) and the anchors it offers. A real
 * HTML parser (htmlparser2, streaming, no DOM) so entities, quoting and comments are read as a
 * browser reads them; each page is parsed once and serves both as a source and as a target.
 */
import { Parser } from 'htmlparser2';

export interface PageReference {
  /** The URL as written, entities decoded; one srcset candidate per reference. */
  url: string;
  line: number;
  /** Where it was found, e.g. `<a href>`, `<img srcset>`. */
  source: string;
}

export interface ParsedPage {
  references: PageReference[];
  /** Fragment targets: every `id`, and the `name` of `<a>` elements (what browsers scroll to). */
  anchors: Set<string>;
  /** `<base href>`, when the page sets one: relative URLs resolve against it. */
  baseHref: string | null;
}

/** The attributes that hold a URL a visitor's browser fetches or navigates to. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  form: ['action'],
};

/** Returns a function from a string offset to its 1-based line; offsets must not decrease. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let position = 0;
  return (offset) => {
    for (; position < offset; position++) if (text.charCodeAt(position) === 10) line++;
    return line;
  };
}

export function parsePage(html: string): ParsedPage {
  const references: PageReference[] = [];
  const anchors = new Set<string>();
  let baseHref: string | null = null;
  const lineAt = lineCounter(html);
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) anchors.add(attributes.id);
      if (name === 'a' && attributes.name) anchors.add(attributes.name);
      // Only the first <base href> counts, as in browsers.
      if (name === 'base' && attributes.href !== undefined && baseHref === null) baseHref = attributes.href;
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value === undefined) continue;
        const line = lineAt(parser.startIndex);
        const source = `<${name} ${attribute}>`;
        const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
        for (const url of urls) references.push({ url, line, source });
      }
    },
  });
  parser.end(html);
  return { references, anchors, baseHref };
}

/**
 * The URLs of a `srcset` (`a.jpg 1x, b.jpg 2x`), after the HTML spec's parsing: a URL runs to
 * the next whitespace (trailing commas dropped), descriptors to the next comma outside parentheses.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]!) || srcset[i] === ',')) i++;
    if (i >= srcset.length) break;
    const start = i;
    while (i < srcset.length && !isSpace(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      for (let depth = 0; i < srcset.length; i++) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === ',' && depth <= 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}
