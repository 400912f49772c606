/**
 * Named rules that recognise the web furniture scraped along with a story: navigation, share
 * and comment widgets, "READ MORE" links, photo credits, writer credits, disclaimers. Each rule
 * matches one whole line; its id is what the ingest report cites for every line it removes.
 * Patterns describe kinds of lines seen across news sites, never the text of one article.
 */

export type LineRole =
  | 'furniture' // navigation, widgets, forms: dropped
  | 'related' // a link to another story: kept as metadata
  | 'photo-credit' // "PHOTO: AA", "Reuters Archive": kept with the captions
  | 'source-credit' // "Source: TSF": names the outlet
  | 'credit' // "Writing by X from Y", "Editing by X": kept as credits
  | 'byline' // "By X": the authors
  | 'disclaimer'; // publisher's footer: dropped, may name the outlet

export interface LineRule {
  id: string;
  role: LineRole;
  pattern: RegExp;
}

const AGENCIES =
  'reuters|afp|ap|aa|epa|getty images|getty|anadolu agency|anadolu|xinhua|tass|ria novosti|sputnik|efe|dpa|ansa|apa|azertac|armenpress|shutterstock|pool|handout';

export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'widget-loading',
    role: 'furniture',
    pattern: /^(loading|load (next|more)( stor(y|ies)| articles?)?|show more|see more|view more)\s*(\.{3}|…)?$/i,
  },
  {
    id: 'widget-navigation',
    role: 'furniture',
    pattern:
      /^(home|menu|search|skip to (main )?content|back to top|next|previous|contact( us)?|about( us)?|subscribe( now)?|sign (in|up)|log ?in|log ?out|register|newsletter|advertisement|advertising|sponsored( content)?|stay connected|must read|related( news| stories| articles| posts)?|most (read|popular|viewed)|trending( now)?|latest( news)?|top stories|you (may|might) also like|recommended( for you)?|more (news|stories)|tags?|topics?|share|print|comments?|listen( to (this )?article)?)\s*:?$/i,
  },
  {
    id: 'reading-time',
    role: 'furniture',
    pattern: /^(\d+|one|two|three|four|five)[ -]?(min(ute)?s?)\.?( read| reading time)?$|^reading time:? .{1,20}$/i,
  },
  {
    id: 'widget-share',
    role: 'furniture',
    pattern:
      /^(share( this( article| story)?)?( on)?:?\s*)?((facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy link|vk)[\s,|•·/]*){1,}$/i,
  },
  {
    id: 'widget-comment-form',
    role: 'furniture',
    pattern:
      /^(please )?(enter|type) your (comment|name|e-?mail|website)( address)?( here)?[!.]?$|^(leave a (comment|reply)|post a comment|add a comment|\d+ comments?|comments?( \(\d+\))?|save my name, email.*|cancel reply)$/i,
  },
  {
    id: 'widget-follow',
    role: 'furniture',
    pattern: /^(follow us( on .{1,40})?|join (us|our channel) on .{1,40}|download (our|the) app.*|get the app)$/i,
  },
  {
    id: 'taxonomy-line',
    role: 'furniture',
    pattern: /^(categories|category|tags|tagged|filed under|topics|keywords)\s*:\s*\S.{0,300}$/i,
  },
  {
    id: 'related-link',
    role: 'related',
    pattern: /^(read more|read also|also read|see also|related|more on this|more|recommended|watch|listen)\s*[:|»>–—-]\s*\S.{2,200}$/i,
  },
  {
    id: 'photo-credit-labelled',
    role: 'photo-credit',
    pattern: /^[([]?(file )?(photo|photograph|picture|image|video|photo credit|credit|illustration)s?\s*[:/©–—-]\s*.{1,80}?[)\]]?$/i,
  },
  {
    id: 'photo-credit-agency',
    role: 'photo-credit',
    pattern: new RegExp(`^[(©]?\\s*(${AGENCIES})(\\s*(archive|photo|photos|images|file|/.{1,40}))?\\s*\\)?$`, 'i'),
  },
  {
    id: 'source-credit',
    role: 'source-credit',
    pattern: /^(source|sources|via|courtesy of)\s*[:–—-]\s*(.{1,80})$/i,
  },
  {
    id: 'writer-credit',
    role: 'credit',
    pattern:
      /^[*•(]?\s*((additional )?(writing|reporting|editing|written|compiled|translated|produced|edited)( and (writing|reporting|editing))? by)\s+.{2,160}$/i,
  },
  {
    id: 'byline',
    role: 'byline',
    pattern: /^by\s+\p{Lu}[\p{L}.'’ -]+(,?\s*(and|&)\s+\p{Lu}[\p{L}.'’ -]+)*(\s*[,|–—-]\s*.{2,60})?$/iu,
  },
  {
    id: 'publisher-disclaimer',
    role: 'disclaimer',
    pattern:
      /(all rights reserved|©\s*\d{4}|copyright \d{4}|website contains only a portion|for subscription options|the views expressed|this (article|story) (was|has been) (originally )?published|cookies? (policy|settings)|privacy policy|terms (of|and) (use|service|conditions)|^our standards:|trust principles)/i,
  },
];

/** The first rule that matches the whole (trimmed) line, if any. */
export function matchLineRule(line: string): LineRule | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 400) return undefined;
  return LINE_RULES.find((rule) => rule.pattern.test(text));
}

/** Looks like a sentence of running text: long enough and ends like a sentence. */
export function isSentence(text: string): boolean {
  const words = text.split(/\s+/).length;
  // A closing quote counts only after a full stop: "'No military solution'" is a heading.
  return words >= 6 && /[.!?…]["”’')\]]*$/.test(text.trim());
}

/** Word count of a line. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/**
 * Whether the text has at most `max` words (as wordCount counts them: runs of non-space), without
 * splitting it: most blocks are paragraphs of many words, and splitting each one on every
 * rebuild was most of the recurring-lines step's time.
 */
export function hasAtMostWords(text: string, max: number): boolean {
  const word = /\S+/g;
  let words = 0;
  while (word.exec(text) !== null) if (++words > max) return false;
  return true;
}
