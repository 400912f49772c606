/**
 * Sentence templates filled for one article: its cast (people, organisations, places), the two
 * sides of its story, its outlet's house style. Used by article-text.ts.
 */
import {
  CLAUSES, COUNTRIES, EQUIPMENT, HEADLINE_QUOTES, HEADLINES, JOURNALISTS, MEDIATORS, MONTHS, NUMBER_WORDS, ORDINALS, ORGANISATIONS, OUTLET_NAMES, PEOPLE, QUOTES, SAID, SENTENCES, SIDES, VENUES, WEEKDAYS, type Country, type Organisation, type OutletProfile, type Person,
} from './corpus-vocabulary.ts';
import { Rng } from './seeded-random.ts';

export const DAY_MS = 86_400_000;

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

export const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
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

export interface PubDate {
  ms: number;
  y: number;
  m: number; // 0-11
  d: number;
  hh: number;
  mi: number;
  wd: number; // 0 = Sunday
}

export function toPubDate(ms: number): PubDate {
  const t = new Date(ms);
  return { ms, y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), wd: t.getUTCDay() };
}

interface CastPerson {
  person: Person;
  mentioned: boolean;
}

/** One article's cast and state while its text is written. */
export class Writer {
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
