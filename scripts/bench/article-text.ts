/**
 * One generated article: its blocks (headline, header lines, paragraphs, captions, web
 * furniture), near-copies, and its text as the scraper would save it.
 */
import {
  BACKGROUND, BREADCRUMB_REGIONS, CAPTION_TEMPLATES, DISCLAIMERS, KICKERS, MONTHS, MONTHS_SHORT, MONTHS_WIRE, STANDFIRSTS, SUBHEADINGS, WEEKDAYS, WRITING_CITIES, type BylineForm, type DateForm, type DatelineForm, type OutletProfile,
} from './corpus-vocabulary.ts';
import { Rng, STREAM } from './seeded-random.ts';
import { DAY_MS, type PubDate, Writer, countWords, pad2, toPubDate } from './article-writer.ts';

/** Body words (running-text paragraphs, captions included) stay within these bounds. */
export const BODY_WORDS = { min: 400, max: 900 } as const;
/** Running-text paragraphs per article. */
export const BODY_PARAGRAPHS = { min: 6, max: 20 } as const;
/** Publication dates fall in these years. */
export const YEARS = { first: 2019, last: 2024 } as const;

const DATE_FORMS: readonly DateForm[] = ['published', 'dotted', 'us-time', 'iso', 'day-month', 'weekday', 'slashed', 'iso-time'];
const NO_DATE_SHARE = 0.15;
const HOUSE_STYLE_SHARE = 0.6;
export const START_MS = Date.UTC(YEARS.first, 0, 1);
export const SPAN_MS = Date.UTC(YEARS.last + 1, 0, 1) - START_MS - 60_000;

// --- Dates -----------------------------------------------------------------------------------

function renderDate(form: DateForm, t: PubDate, rng: Rng): string {
  const month = MONTHS[t.m];
  switch (form) {
    case 'published':
      return rng.chance(0.25) ? `Published ${month} ${t.d},${t.y}` : `Published ${month} ${t.d}, ${t.y}`;
    case 'dotted':
      return `${pad2(t.d)}.${pad2(t.m + 1)}.${t.y}`;
    case 'us-time': {
      const h = t.hh % 12 === 0 ? 12 : t.hh % 12;
      const zone = rng.chance(0.3) ? ' GMT+4' : '';
      return `${MONTHS_SHORT[t.m]} ${t.d}, ${t.y} ${h}:${pad2(t.mi)} ${t.hh < 12 ? 'AM' : 'PM'}${zone}`;
    }
    case 'iso':
      return `${t.y}-${pad2(t.m + 1)}-${pad2(t.d)}`;
    case 'iso-time':
      return `${t.y}-${pad2(t.m + 1)}-${pad2(t.d)}T${pad2(t.hh)}:${pad2(t.mi)}:00Z`;
    case 'day-month':
      return rng.chance(0.6) ? `${t.d} ${month} ${t.y}` : `${t.d} ${MONTHS_SHORT[t.m]} ${t.y}, ${pad2(t.hh)}:${pad2(t.mi)}`;
    case 'weekday':
      return `${WEEKDAYS[t.wd]}, ${month} ${t.d}, ${t.y}`;
    case 'slashed':
      return `${pad2(t.d)}/${pad2(t.m + 1)}/${t.y}`;
  }
}

// --- Articles --------------------------------------------------------------------------------

type BlockKind = 'para' | 'background' | 'caption' | 'other';
interface Block {
  kind: BlockKind;
  /** Lines of the block, joined by single newlines. For 'para', built from prefix + sentences. */
  lines: string[];
  sentences?: string[];
  prefix?: string;
}

export interface Article {
  breadcrumbKind: string;
  breadcrumb: string | null;
  headline: string;
  blocks: Block[];
  trailingNewline: boolean;
}

function paraText(block: Block): string {
  return (block.prefix ?? '') + block.sentences!.join(' ');
}

/** Words in running text: paragraphs, background paragraphs and caption sentences. */
function bodyWords(blocks: readonly Block[]): number {
  let words = 0;
  for (const b of blocks) {
    if (b.kind === 'para') words += countWords(paraText(b));
    else if (b.kind === 'background') words += countWords(b.lines[0]);
    else if (b.kind === 'caption') words += countWords(b.lines[0]);
  }
  return words;
}

function makeBreadcrumb(kind: string, headline: string, w: Writer): string | null {
  const rng = w.rng;
  switch (kind) {
    case 'world':
      return `World, ${rng.pick(['Europe', 'Europe', 'Europe', 'Asia - Pacific', 'Middle East'])}, ${rng.pick(BREADCRUMB_REGIONS)}`;
    case 'homeworld': {
      // The page's breadcrumb run into the headline, cut off with an ellipsis.
      const cut = Math.min(rng.int(45, 70), headline.length - 6);
      const space = headline.lastIndexOf(' ', cut);
      return `HomeWorld${headline.slice(0, space > 15 ? space : cut)}...`;
    }
    case 'path':
      return `Home » ${rng.pick(['News', 'World', 'Politics', 'Region'])} » ${rng.pick(BREADCRUMB_REGIONS)}`;
    case 'contact':
      return 'Contact Us';
    default:
      return null;
  }
}

function pickBreadcrumbKind(rng: Rng): string {
  const r = rng.next();
  return r < 0.45 ? 'world' : r < 0.8 ? 'homeworld' : r < 0.9 ? 'path' : 'contact';
}

function footerBlock(item: string, w: Writer): string[] | null {
  const rng = w.rng;
  if (item in DISCLAIMERS) return [w.fill(DISCLAIMERS[item])];
  switch (item) {
    case 'writing-by':
      return [`* Writing by ${w.journalist()} from ${rng.pick(WRITING_CITIES)}`];
    case 'reporting-by':
      return [`Reporting by ${w.journalist()} in ${w.a.capital}; Editing by ${w.journalist()}`];
    case 'source':
      return [rng.chance(0.5) ? `Source: ${w.outlet.name}` : `Source: ${w.outlet.name} and agencies`];
    case 'source-agencies':
      return [`Source: ${w.outlet.name} and news agencies`];
    case 'load-next':
      return ['Load Next Story'];
    case 'stay-connected':
      return ['Stay Connected', 'Must Read', 'Related News'];
    case 'comment-form':
      return ['Please enter your comment!', 'Please enter your name here'];
    case 'related':
      return ['Related News'];
    case 'share':
      return [rng.chance(0.5) ? 'Share this article' : 'Facebook Twitter WhatsApp Telegram'];
    default:
      return null;
  }
}

const FOOTER_ITEMS = ['writing-by', 'reporting-by', 'source', 'load-next', 'stay-connected', 'related', 'comment-form', 'share', 'disclaimer-rights', 'disclaimer-views'];

export function generateArticle(seedHash: number, index: number, outlet: OutletProfile, pubMs: number): { article: Article; writer: Writer } {
  const rng = Rng.for(seedHash, index, STREAM.article);
  const pub = toPubDate(pubMs);
  const w = new Writer(rng, outlet, pub);
  const house = () => rng.chance(HOUSE_STYLE_SHARE);

  // Header.
  let headline = w.headline();
  if (rng.chance(0.07)) headline = rng.pick(KICKERS) + headline;
  const breadcrumbKind = rng.chance(outlet.breadcrumb) ? pickBreadcrumbKind(rng) : 'none';
  const breadcrumb = makeBreadcrumb(breadcrumbKind, headline, w);
  const standfirst = rng.chance(0.45) ? w.line(rng.pick(STANDFIRSTS)) : null;

  let dateForm: DateForm | null = rng.chance(NO_DATE_SHARE) ? null : house() ? outlet.date : rng.pick(DATE_FORMS);
  let byline: BylineForm = house() ? outlet.byline : rng.pick<BylineForm>(['by', 'by-two', 'pipe', 'none', 'none']);
  if (byline === 'pipe' && dateForm === null) byline = 'by';
  if (byline === 'pipe') dateForm = 'dotted';
  const dateline: DatelineForm = house() ? outlet.dateline : rng.pick<DatelineForm>(['city-country', 'city-colon', 'wire', 'none', 'none']);

  const header: string[][] = [];
  if (standfirst) header.push([standfirst]);
  const photo = rng.chance(0.3) ? [rng.pick(outlet.photo)] : null;
  const photoFirst = photo !== null && rng.chance(0.5);
  if (photo && photoFirst) header.push(photo);
  const meta: string[] = [];
  if (byline === 'pipe') {
    const updated = toPubDate(pub.ms + rng.int(0, 1) * DAY_MS);
    meta.push(`${w.journalist()}  | ${renderDate('dotted', pub, rng)} - Update : ${renderDate('dotted', updated, rng)}`);
    if (rng.chance(0.5)) meta.push(headline);
  } else {
    const by = byline === 'by' ? `By ${w.journalist()}` : byline === 'by-two' ? `By ${w.journalist()} and ${w.journalist()}` : null;
    let date = dateForm ? renderDate(dateForm, pub, rng) : null;
    if (date && dateForm === 'published' && rng.chance(0.3)) {
      meta.push(`${outlet.name} ${rng.pick(['WORLD', 'POLITICS', 'EUROPE'])}`, date, 'Subscribe');
      date = null;
    }
    if (by && date && rng.chance(0.3)) meta.push(date, by);
    else {
      if (by) meta.push(by);
      if (date) meta.push(date);
    }
  }
  if (meta.length > 0) header.push(meta);
  if (photo && !photoFirst) header.push(photo);

  const datelineCity = rng.chance(0.7) ? w.a.capital : w.b.capital;
  const datelineCountry = datelineCity === w.a.capital ? w.a.name : w.b.name;
  let wirePrefix = '';
  if (dateline === 'city-country') header.push([`${datelineCity.toUpperCase()}, ${datelineCountry}`]);
  else if (dateline === 'city-colon') header.push([`${datelineCity.toUpperCase()}:`]);
  else if (dateline === 'wire') {
    const agency = outlet.wire;
    if (agency === 'AP') wirePrefix = `${datelineCity.toUpperCase()}, ${datelineCountry} (AP) — `;
    else if (dateForm) wirePrefix = `${datelineCity.toUpperCase()}, ${MONTHS_WIRE[pub.m]} ${pub.d} (${agency}) - `;
    else wirePrefix = `${datelineCity.toUpperCase()} (${agency}) - `;
  }

  // Body: a target length, a paragraph count, background paragraphs and captions.
  const target = rng.int(BODY_WORDS.min + 15, BODY_WORDS.max);
  const paragraphs = rng.int(Math.max(BODY_PARAGRAPHS.min, Math.ceil(target / 75)), Math.min(BODY_PARAGRAPHS.max, Math.floor(target / 28)));
  const month = `${pub.y}-${pad2(pub.m + 1)}`;
  const pool = (rng.chance(0.8) ? BACKGROUND[w.background] : BACKGROUND.any).filter((b) => !b.from || b.from <= month).map((b) => b.text);
  const backgrounds = rng.sample(pool, Math.min(rng.pick([0, 0, 1, 1, 2, 2, 3]), paragraphs - 4));
  const captions = rng.chance(0.2) ? [w.line(rng.pick(CAPTION_TEMPLATES))] : [];
  let budget = target - countWords(wirePrefix);
  for (const text of [...backgrounds, ...captions]) budget -= countWords(text);
  const generated = paragraphs - backgrounds.length - captions.length;
  const weights = Array.from({ length: generated }, (_, k) => (k === 0 ? 0.7 : 0.6 + rng.next()));
  const weightSum = weights.reduce((s, x) => s + x, 0);

  const paras: Block[] = [];
  for (let k = 0; k < generated; k++) {
    const share = (budget * weights[k]) / weightSum;
    const sentences: string[] = [];
    let words = 0;
    while (sentences.length === 0 || words < share - 9) {
      const s = w.sentence();
      sentences.push(s);
      words += countWords(s);
    }
    paras.push({ kind: 'para', lines: [], sentences, prefix: k === 0 ? wirePrefix : '' });
  }
  // Keep the body within bounds whatever the sentences' lengths.
  const all = () => [...paras, ...backgrounds.map((t): Block => ({ kind: 'background', lines: [t] })), ...captions.map((t): Block => ({ kind: 'caption', lines: [t] }))];
  let total = bodyWords(all());
  for (let guard = 0; total > BODY_WORDS.max && guard < 200; guard++) {
    const long = paras.filter((p) => p.sentences!.length > 1);
    const p = long.length > 0 ? long[long.length - 1 - rng.int(0, Math.min(2, long.length - 1))] : paras[paras.length - 1];
    p.sentences!.pop();
    if (p.sentences!.length === 0) p.sentences!.push(w.line('{person} {said} {day} that {clause}.'));
    total = bodyWords(all());
  }
  for (let guard = 0; total < BODY_WORDS.min && guard < 200; guard++) {
    const s = w.sentence();
    if (total + countWords(s) > BODY_WORDS.max) continue;
    rng.pick(paras).sentences!.push(s);
    total = bodyWords(all());
  }

  // Lay the body out: lede first, background paragraphs in the second half, furniture between.
  const body: Block[] = [...paras];
  for (const text of backgrounds) body.splice(rng.int(Math.ceil(body.length / 2), body.length), 0, { kind: 'background', lines: [text] });
  for (const text of captions) body.splice(rng.int(1, Math.min(3, body.length)), 0, { kind: 'caption', lines: [text, rng.pick(outlet.photo)] });
  const insertOther = (lines: string[], from = 2) => body.splice(rng.int(Math.min(from, body.length), body.length - 1), 0, { kind: 'other', lines });
  if (rng.chance(outlet.subheadings)) {
    for (let k = rng.int(1, 3); k > 0; k--) insertOther([w.line(rng.pick(SUBHEADINGS))], 3);
  }
  if (rng.chance(outlet.readMore)) {
    for (let k = rng.int(1, 3); k > 0; k--) insertOther([`READ MORE: ${w.headline()}`]);
  }
  if (rng.chance(outlet.readMore / 2)) insertOther(['Loading...']);
  if (byline === 'pipe' && rng.chance(0.2)) insertOther(standfirst ? [headline, '', standfirst] : [headline], 2);
  if (rng.chance(0.05)) insertOther(['Advertisement']);

  // Footer: the outlet's own items most of the time, now and then someone else's.
  const footer: string[][] = [];
  for (const item of outlet.footer) {
    const lines = rng.chance(0.7) ? footerBlock(item, w) : null;
    if (lines) footer.push(lines);
  }
  if (rng.chance(0.1)) {
    const lines = footerBlock(rng.pick(FOOTER_ITEMS), w);
    if (lines) footer.push(lines);
  }

  const blocks: Block[] = [
    { kind: 'other', lines: [headline] },
    ...header.map((lines): Block => ({ kind: 'other', lines })),
    ...body,
    ...footer.map((lines): Block => ({ kind: 'other', lines })),
  ];
  return { article: { breadcrumbKind, breadcrumb, headline, blocks, trailingNewline: rng.chance(0.5) }, writer: w };
}

/** The same article with one sentence changed and a different breadcrumb. */
export function nearCopy(article: Article, writer: Writer, rng: Rng): Article {
  writer.rng = rng;
  const blocks = article.blocks.map((b) => (b.kind === 'para' ? { ...b, sentences: b.sentences!.slice() } : b));
  const paras = blocks.filter((b) => b.kind === 'para');
  const target = rng.pick(paras);
  const at = rng.int(0, target.sentences!.length - 1);
  const old = target.sentences![at];
  const total = bodyWords(blocks);
  let best: string | null = null;
  let bestMiss = Infinity;
  for (let tries = 0; tries < 40 && bestMiss > 0; tries++) {
    const candidate = writer.sentence();
    if (candidate === old) continue;
    const words = total - countWords(old) + countWords(candidate);
    const miss = Math.max(0, words - BODY_WORDS.max, BODY_WORDS.min - words);
    if (miss < bestMiss) [best, bestMiss] = [candidate, miss];
  }
  target.sentences![at] = best ?? `${old.slice(0, -1)}, officials said.`;

  let breadcrumb = article.breadcrumb;
  let kind = article.breadcrumbKind;
  for (let tries = 0; tries < 20 && breadcrumb === article.breadcrumb; tries++) {
    kind = pickBreadcrumbKind(rng);
    breadcrumb = makeBreadcrumb(kind, article.headline, writer);
  }
  return { ...article, blocks, breadcrumb, breadcrumbKind: kind };
}

export function renderArticle(article: Article): string {
  const out: string[] = [];
  if (article.breadcrumb) out.push(article.breadcrumb);
  for (const b of article.blocks) out.push(b.kind === 'para' ? paraText(b) : b.lines.join('\n'));
  const text = out.join('\n\n');
  return article.trailingNewline ? `${text}\n` : text;
}
