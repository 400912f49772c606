/**
 * Generates a deterministic corpus of scraped-looking news articles for benchmarking the whole
 * pipeline (ingest → Astro build → Pagefind):
 *
 *   npx node scripts/bench/generate-corpus.ts --count 10000 --out /tmp/corpus [--seed 1]
 *
 * The same seed and count give byte-identical files. Every article is generated from its own
 * PRNG stream (seed, index), so files can be written in any order, with bounded concurrency,
 * without holding the corpus in memory; a duplicate is simply its original generated again.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  BACKGROUND, BREADCRUMB_REGIONS, CAPTION_TEMPLATES, CLAUSES, COUNTRIES, DISCLAIMERS, EQUIPMENT,
  HEADLINE_QUOTES, HEADLINES, JOURNALISTS, KICKERS, MEDIATORS, MONTHS, MONTHS_SHORT, MONTHS_WIRE,
  NUMBER_WORDS, ORDINALS, ORGANISATIONS, OUTLET_NAMES, OUTLETS, PEOPLE, QUOTES, SAID, SENTENCES,
  SIDES, STANDFIRSTS, SUBHEADINGS, VENUES, WEEKDAYS, WRITING_CITIES,
  type BylineForm, type Country, type DateForm, type DatelineForm, type Organisation, type OutletProfile, type Person,
} from './corpus-vocabulary.ts';

export interface GenerateCorpusOptions {
  /** Number of files to write. */
  count: number;
  /** Any number or string; the same seed and count give the same bytes. */
  seed: number | string;
  /** Folder to write into; created if missing, must be empty. */
  outDir: string;
  /** Share of files that are exact copies of an earlier file, and again of near-copies (default 0.01). */
  duplicateRate?: number;
  /** Files per sub-folder (default 500). */
  folderSize?: number;
  /** Files written at once (default 16). */
  concurrency?: number;
}

export interface GenerateCorpusResult {
  files: number;
  bytes: number;
  /** Exact copies of an earlier file under another name. */
  duplicates: number;
  /** An earlier file with one sentence changed and a different breadcrumb. */
  nearDuplicates: number;
  folders: number;
}

/** Body words (running-text paragraphs, captions included) stay within these bounds. */
export const BODY_WORDS = { min: 400, max: 900 } as const;
/** Running-text paragraphs per article. */
export const BODY_PARAGRAPHS = { min: 6, max: 20 } as const;
/** Publication dates fall in these years. */
export const YEARS = { first: 2019, last: 2024 } as const;

const DATE_FORMS: readonly DateForm[] = ['published', 'dotted', 'us-time', 'iso', 'day-month', 'weekday', 'slashed', 'iso-time'];
const NO_DATE_SHARE = 0.15;
const HOUSE_STYLE_SHARE = 0.6;
const START_MS = Date.UTC(YEARS.first, 0, 1);
const SPAN_MS = Date.UTC(YEARS.last + 1, 0, 1) - START_MS - 60_000;
const DAY_MS = 86_400_000;

// --- Seeded randomness ------------------------------------------------------------------------

/** 32-bit hash of a string (murmur3-style mixing); string and number seeds hash alike. */
function hashString(text: string): number {
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  return mix(h, 0x9e3779b9);
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Independent streams per purpose, so that changing one never shifts another. */
const STREAM = { article: 1, date: 2, name: 3, near: 4, plan: 5, folder: 6 } as const;

/** mulberry32: small, fast, good enough for test data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  static for(seedHash: number, index: number, stream: number): Rng {
    return new Rng(mix(mix(seedHash, index + 1), stream * 0x27d4eb2f));
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `n` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice();
    const out: T[] = [];
    for (let i = 0; i < n && copy.length > 0; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  weighted<T extends { weight: number }>(items: readonly T[]): T {
    let total = 0;
    for (const item of items) total += item.weight;
    let r = this.next() * total;
    for (const item of items) if ((r -= item.weight) < 0) return item;
    return items[items.length - 1];
  }
}

// --- Templates -------------------------------------------------------------------------------

/** A template split once into literal text (even indices) and slot names (odd indices). */
type Compiled = string[];
const compiled = new Map<string, Compiled>();
function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

function capitalise(text: string): string {
  const i = text.charCodeAt(0) === 34 /* " */ || text.startsWith('“') || text.startsWith("'") ? 1 : 0;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Whitespace-separated tokens, as the ingest's `wordCount` counts them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const byNat = (nat: string) => PEOPLE.filter((p) => p.nat === nat);
const PEOPLE_BY_NAT = new Map<string, Person[]>(['az', 'am', 'ru', 'tr', 'ge', 'ir', 'fr', 'us', 'de', 'intl'].map((n) => [n, byNat(n)]));
const ORGS_BY_NAT = new Map<string, Organisation[]>();
for (const o of ORGANISATIONS) ORGS_BY_NAT.set(o.nat, [...(ORGS_BY_NAT.get(o.nat) ?? []), o]);
const COUNTRY_BY_KEY = new Map<string, Country>(COUNTRIES.map((c) => [c.key, c]));
const LEADERS: Record<string, Person | undefined> = {
  az: PEOPLE.find((p) => p.family[0] === 'Aliyev' && p.given[0] === 'Ilham'),
  am: PEOPLE.find((p) => p.family[0] === 'Pashinyan'),
  ru: PEOPLE.find((p) => p.family[0] === 'Putin'),
  tr: PEOPLE.find((p) => p.family[0] === 'Erdoğan'),
};

interface PubDate {
  ms: number;
  y: number;
  m: number; // 0-11
  d: number;
  hh: number;
  mi: number;
  wd: number; // 0 = Sunday
}

function toPubDate(ms: number): PubDate {
  const t = new Date(ms);
  return { ms, y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), wd: t.getUTCDay() };
}

interface CastPerson {
  person: Person;
  mentioned: boolean;
}

/** One article's cast and state while its text is written. */
class Writer {
  rng: Rng;
  readonly outlet: OutletProfile;
  readonly pub: PubDate;
  readonly a: Country;
  readonly b: Country;
  readonly background: string;
  readonly people: CastPerson[];
  readonly orgs: Organisation[];
  readonly places: string[];
  readonly mediator: { name: string; adj: string };
  readonly venues: string[];
  readonly spelling: number;
  readonly curly: boolean;
  private lastPerson: CastPerson | undefined;
  private lastPlace = '';
  private lastOrg: Organisation | undefined;

  constructor(rng: Rng, outlet: OutletProfile, pub: PubDate) {
    this.rng = rng;
    this.outlet = outlet;
    this.pub = pub;
    const sides = rng.weighted(SIDES);
    this.a = COUNTRY_BY_KEY.get(sides.a)!;
    this.b = COUNTRY_BY_KEY.get(sides.b)!;
    this.background = sides.background;
    this.spelling = rng.chance(0.75) ? outlet.spelling : rng.int(0, 1);
    this.curly = rng.chance(0.8) ? outlet.curlyQuotes : !outlet.curlyQuotes;

    const third = rng.pick(['ru', 'fr', 'us', 'tr', 'ir', 'de', 'intl', 'intl'].filter((n) => n !== sides.a && n !== sides.b));
    const cast = [
      ...rng.sample(PEOPLE_BY_NAT.get(sides.a)!, rng.int(2, 3)),
      ...rng.sample(PEOPLE_BY_NAT.get(sides.b)!, rng.int(1, 3)),
      ...rng.sample(PEOPLE_BY_NAT.get(third)!, rng.int(0, 2)),
    ];
    for (const key of [sides.a, sides.b]) {
      const leader = LEADERS[key];
      if (leader && rng.chance(0.3) && !cast.includes(leader)) cast.push(leader);
    }
    this.people = cast.map((person) => ({ person, mentioned: false }));
    this.orgs = [
      ...rng.sample(ORGS_BY_NAT.get(sides.a)!, rng.int(1, 3)),
      ...rng.sample(ORGS_BY_NAT.get(sides.b)!, rng.int(1, 2)),
      ...rng.sample(ORGS_BY_NAT.get('intl')!, rng.int(1, 2)),
    ];
    this.places = [...rng.sample(this.a.places, rng.int(3, 5)), ...rng.sample(this.b.places, rng.int(1, 3))].map((p) => this.variant(p.split('|')));
    this.mediator = rng.pick(MEDIATORS.filter((m) => m.name !== this.a.name && m.name !== this.b.name));
    this.venues = rng.sample(VENUES, 2);
  }

  private variant(spellings: readonly string[]): string {
    return spellings[Math.min(this.spelling, spellings.length - 1)];
  }

  private personRef(cast: CastPerson): string {
    this.lastPerson = cast;
    const family = this.variant(cast.person.family);
    if (cast.mentioned) return family;
    cast.mentioned = true;
    return `${cast.person.role} ${this.variant(cast.person.given)} ${family}`;
  }

  private pickPlace(): string {
    let place = this.rng.pick(this.places);
    if (place === this.lastPlace) place = this.rng.pick(this.places);
    this.lastPlace = place;
    return place;
  }

  /** A day phrase close to the publication date: "on Tuesday", "on September 27", "overnight"… */
  private dayPhrase(): string {
    const r = this.rng.next();
    const back = toPubDate(this.pub.ms - this.rng.int(0, 3) * DAY_MS);
    if (r < 0.35) return `on ${WEEKDAYS[back.wd]}`;
    if (r < 0.45) return `early on ${WEEKDAYS[back.wd]}`;
    if (r < 0.52) return `late on ${WEEKDAYS[back.wd]}`;
    if (r < 0.72) return `on ${this.dateText(this.rng.int(0, 10))}`;
    return this.rng.pick(['last week', 'overnight', 'this week', 'earlier this month', 'on Monday', 'at the weekend']);
  }

  private dateText(daysBack: number): string {
    const t = toPubDate(this.pub.ms - daysBack * DAY_MS);
    return `${MONTHS[t.m]} ${t.d}`;
  }

  private number(lo: number, hi: number): string {
    const n = this.rng.int(lo, hi);
    if (n <= 10 && this.rng.chance(0.5)) return NUMBER_WORDS[n - 2] ?? String(n);
    return String(n);
  }

  slot(name: string): string {
    const rng = this.rng;
    switch (name) {
      case 'person':
        return this.personRef(rng.pick(this.people));
      case 'other': {
        let other = rng.pick(this.people);
        for (let i = 0; i < 4 && other === this.lastPerson; i++) other = rng.pick(this.people);
        if (other === this.lastPerson) other = this.people[(this.people.indexOf(other) + 1) % this.people.length];
        return this.personRef(other);
      }
      case 'Person': {
        const p = rng.pick(this.people).person;
        return `${this.variant(p.given)} ${this.variant(p.family)}`;
      }
      case 'org':
      case 'Org': {
        this.lastOrg = rng.pick(this.orgs);
        return this.lastOrg.name;
      }
      case 'org2': {
        let o = rng.pick(this.orgs);
        if (o === this.lastOrg) o = this.orgs[(this.orgs.indexOf(o) + 1) % this.orgs.length];
        return o.name;
      }
      case 'orgShort':
        return rng.pick(this.orgs).short;
      case 'actor': {
        const r = rng.next();
        if (r < 0.35) return this.a.name;
        if (r < 0.5) return this.a.capital;
        if (r < 0.75) return rng.pick(this.orgs.filter((o) => o.nat === this.a.key).concat(this.orgs[0])).short;
        if (r < 0.85) return this.variant(rng.pick(this.people).person.family);
        return rng.pick(this.orgs).short;
      }
      case 'countryA':
        return this.a.name;
      case 'countryB':
        return this.b.name;
      case 'country':
        return rng.chance(0.5) ? this.a.name : this.b.name;
      case 'adjA':
        return this.a.adj;
      case 'adjB':
        return this.b.adj;
      case 'adj':
        return rng.chance(0.5) ? this.a.adj : this.b.adj;
      case 'capital':
        return rng.chance(0.6) ? this.a.capital : this.b.capital;
      case 'currency':
        return this.a.currency;
      case 'mediator':
      case 'Mediator':
        return this.mediator.name;
      case 'mediatorAdj':
        return this.mediator.adj;
      case 'venue':
        return rng.pick(this.venues);
      case 'place':
      case 'placeTitle':
        return this.pickPlace();
      case 'place2': {
        const previous = this.lastPlace;
        let place = this.pickPlace();
        for (let i = 0; i < 4 && place === previous; i++) place = this.pickPlace();
        return place;
      }
      case 'day':
        return this.dayPhrase();
      case 'date':
        return this.dateText(rng.int(2, 60));
      case 'weekday':
        return WEEKDAYS[this.pub.wd];
      case 'month':
        return MONTHS[(this.pub.m + 12 - rng.int(1, 3)) % 12];
      case 'year':
        return String(rng.int(1988, this.pub.y - 1));
      case 'pubYear':
        return String(this.pub.y);
      case 'nextYear':
        return String(this.pub.y + rng.int(1, 3));
      case 'few':
        return String(rng.int(2, 9));
      case 'num':
      case 'num2':
        return rng.chance(0.6) ? this.number(2, 12) : this.number(13, 80);
      case 'big':
        return rng.int(120, 9_500).toLocaleString('en-US');
      case 'pct':
        return rng.chance(0.5) ? String(rng.int(12, 87)) : `${rng.int(12, 87)}.${rng.int(1, 9)}`;
      case 'ordinal':
        return rng.pick(ORDINALS);
      case 'quote':
      case 'quote2':
        return this.fill(this.draw(QUOTES));
      case 'clause':
        return this.fill(this.draw(CLAUSES));
      case 'said':
        return rng.pick(SAID);
      case 'outlet':
        return rng.pick(OUTLET_NAMES);
      case 'outletName':
        return this.outlet.name;
      case 'equipment':
        return rng.pick(EQUIPMENT);
      case 'headlineQuote':
        return rng.pick(HEADLINE_QUOTES);
      default:
        throw new Error(`corpus template: unknown slot {${name}}`);
    }
  }

  fill(template: string): string {
    const parts = compile(template);
    let text = parts[0];
    for (let i = 1; i < parts.length; i += 2) text += this.slot(parts[i]) + parts[i + 1];
    return text;
  }

  /** A finished line: capitalised, with the outlet's quotation marks. */
  line(template: string): string {
    const text = capitalise(this.fill(template));
    return this.curly ? curlQuotes(text) : text;
  }

  private decks = new Map<readonly string[], { order: number[]; at: number }>();

  /** Draws without repeating until the list is used up, so an article rarely says a thing twice. */
  draw(items: readonly string[]): string {
    let deck = this.decks.get(items);
    if (!deck) {
      deck = { order: Array.from(items, (_, i) => i), at: items.length };
      this.decks.set(items, deck);
    }
    if (deck.at >= deck.order.length) {
      const order = deck.order;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(this.rng.next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      deck.at = 0;
    }
    return items[deck.order[deck.at++]];
  }

  sentence(): string {
    return this.line(this.draw(SENTENCES));
  }

  headline(): string {
    return this.line(this.rng.pick(HEADLINES));
  }

  journalist(): string {
    return this.rng.pick(JOURNALISTS);
  }
}

function curlQuotes(text: string): string {
  if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return text;
  let open = true;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      out += open ? '“' : '”';
      open = !open;
    } else if (c === "'") {
      const before = i > 0 ? text[i - 1] : ' ';
      out += before === ' ' || before === '(' ? '‘' : '’';
    } else out += c;
  }
  return out;
}

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

interface Article {
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

function generateArticle(seedHash: number, index: number, outlet: OutletProfile, pubMs: number): { article: Article; writer: Writer } {
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
function nearCopy(article: Article, writer: Writer, rng: Rng): Article {
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

function renderArticle(article: Article): string {
  const out: string[] = [];
  if (article.breadcrumb) out.push(article.breadcrumb);
  for (const b of article.blocks) out.push(b.kind === 'para' ? paraText(b) : b.lines.join('\n'));
  const text = out.join('\n\n');
  return article.trailingNewline ? `${text}\n` : text;
}

// --- Corpus layout ---------------------------------------------------------------------------

interface Plan {
  seedHash: number;
  count: number;
  folderSize: number;
  folders: string[];
  folderOutlet: number[];
  /** Index of an exact copy → index of its original, and of a near-copy → its original. */
  exact: Map<number, number>;
  near: Map<number, number>;
  nameWidth: number;
}

function publicationMs(plan: Plan, index: number): number {
  const u = Rng.for(plan.seedHash, index, STREAM.date).next();
  const ms = START_MS + Math.floor(((index + u) * SPAN_MS) / plan.count);
  return ms - (ms % 60_000);
}

function makePlan(seedHash: number, count: number, folderSize: number, duplicateRate: number): Plan {
  const folderCount = Math.ceil(count / folderSize);
  const folders: string[] = [];
  const folderOutlet: number[] = [];
  const used = new Set<string>();
  const offset = Rng.for(seedHash, 0, STREAM.folder).int(0, OUTLETS.length - 1);
  for (let k = 0; k < folderCount; k++) {
    const outlet = (k * 5 + offset) % OUTLETS.length;
    const t = toPubDate(START_MS + Math.floor((k * folderSize * SPAN_MS) / count));
    const base = `outlet-${pad2(outlet + 1)}/${t.y}-${pad2(t.m + 1)}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    folders.push(name);
    folderOutlet.push(outlet);
  }

  // Exactly round(count × rate) copies of each kind, at random later positions, each of an original.
  const copies = Math.min(Math.round(count * duplicateRate), Math.floor((count - 1) / 2));
  const rng = Rng.for(seedHash, 0, STREAM.plan);
  const positions = new Set<number>();
  while (positions.size < copies * 2) positions.add(rng.int(1, count - 1));
  const ordered = [...positions];
  const exact = new Map<number, number>();
  const near = new Map<number, number>();
  ordered.forEach((at, k) => {
    let source = rng.int(0, at - 1);
    for (let tries = 0; positions.has(source) && tries < 20; tries++) source = rng.int(0, at - 1);
    while (positions.has(source)) source--; // index 0 is never a copy
    (k < copies ? exact : near).set(at, source);
  });
  return { seedHash, count, folderSize, folders, folderOutlet, exact, near, nameWidth: Math.max(5, String(count - 1).length) };
}

function fileName(plan: Plan, index: number): string {
  const rng = Rng.for(plan.seedHash, index, STREAM.name);
  const hex = (Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0') + Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0'));
  return `${String(index).padStart(plan.nameWidth, '0')}_${hex}.txt`;
}

function articleFor(plan: Plan, index: number): { article: Article; writer: Writer } {
  const outlet = OUTLETS[plan.folderOutlet[Math.floor(index / plan.folderSize)]];
  return generateArticle(plan.seedHash, index, outlet, publicationMs(plan, index));
}

/** The text of file `index` of the corpus. */
function fileText(plan: Plan, index: number): string {
  const copyOf = plan.exact.get(index);
  if (copyOf !== undefined) return renderArticle(articleFor(plan, copyOf).article);
  const nearOf = plan.near.get(index);
  if (nearOf !== undefined) {
    const { article, writer } = articleFor(plan, nearOf);
    return renderArticle(nearCopy(article, writer, Rng.for(plan.seedHash, index, STREAM.near)));
  }
  return renderArticle(articleFor(plan, index).article);
}

/** Writes `count` article files under `outDir`, `folderSize` per sub-folder; see the module comment. */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<GenerateCorpusResult> {
  const { count, seed, outDir, duplicateRate = 0.01, folderSize = 500, concurrency = 16 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`expected count to be a positive integer, found ${count}`);
  if (!Number.isInteger(folderSize) || folderSize < 1) throw new Error(`expected folderSize to be a positive integer, found ${folderSize}`);
  if (!(duplicateRate >= 0 && duplicateRate <= 0.25)) throw new Error(`expected duplicateRate between 0 and 0.25, found ${duplicateRate}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`expected concurrency to be a positive integer, found ${concurrency}`);

  await mkdir(outDir, { recursive: true });
  const existing = await readdir(outDir);
  if (existing.length > 0) throw new Error(`expected an empty output folder, found ${existing.length} entries in ${outDir}; delete it or pick another folder`);

  const plan = makePlan(hashString(String(seed)), count, folderSize, duplicateRate);
  const madeFolders = new Map<number, Promise<unknown>>();
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const folder = Math.floor(index / folderSize);
      let made = madeFolders.get(folder);
      if (!made) {
        made = mkdir(path.join(outDir, plan.folders[folder]), { recursive: true });
        madeFolders.set(folder, made);
      }
      const text = fileText(plan, index);
      bytes += Buffer.byteLength(text, 'utf8');
      await made;
      await writeFile(path.join(outDir, plan.folders[folder], fileName(plan, index)), text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { files: count, bytes, duplicates: plan.exact.size, nearDuplicates: plan.near.size, folders: plan.folders.length };
}

// --- Command line ----------------------------------------------------------------------------

const USAGE = `Usage: npx node scripts/bench/generate-corpus.ts --count N --out DIR [options]

  --count N             number of article files (e.g. 1000 to 50000)
  --out DIR             folder to write into (created; must be empty)
  --seed S              any number or text (default 1); same seed and count → same bytes
  --duplicate-rate R    share of exact copies, and again of near-copies (default 0.01)
  --folder-size N       files per sub-folder (default 500)
  --concurrency N       files written at once (default 16)`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'duplicate-rate': { type: 'string' },
      'folder-size': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.count || !values.out) {
    console.error(`generate-corpus: --count and --out are required\n${USAGE}`);
    return 2;
  }
  const num = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`expected --${name} to be a number, found "${text}"`);
    return n;
  };
  const outDir = path.resolve(process.cwd(), values.out);
  const started = performance.now();
  const result = await generateCorpus({
    count: num('count', values.count)!,
    seed: values.seed!,
    outDir,
    duplicateRate: num('duplicate-rate', values['duplicate-rate']),
    folderSize: num('folder-size', values['folder-size']),
    concurrency: num('concurrency', values.concurrency),
  });
  const seconds = (performance.now() - started) / 1000;
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `generate-corpus: ${result.files.toLocaleString('en-US')} files, ${mb} MB in ${result.folders} folders ` +
      `(${result.duplicates} exact duplicates, ${result.nearDuplicates} near-duplicates, seed ${values.seed}) → ${outDir} ` +
      `in ${seconds.toFixed(1)} s, peak RSS ${rssMb} MB`,
  );
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-corpus: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
