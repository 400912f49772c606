/**
 * General English word lists the name finder reads names with: titles before a person's name,
 * head nouns that make a name an organisation or a place, and the small words a name may
 * contain. Word lists, not names: no entity is listed here.
 */

/** Generational suffixes after a surname: "Martin Luther King Jr.", "Benigno Aquino III". */
export const GENERATIONAL = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** Lexicon tags (tag-words.ts) of a given name ("Gloria", "Karl"). */
export const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

/** Lexicon tags that make a common-looking word a name ("Gloria", "Texas"). */
export const LEXICON_NAME_TAGS: ReadonlySet<string> = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam']);

/** Titles and honorifics before a person's name (lower case; "Prof." is read as "prof"). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam',
  'president', 'vice', 'deputy', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'gen',
  'ambassador', 'envoy', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'councillor', 'councilor', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir', 'sultan',
  'pope', 'cardinal', 'archbishop', 'bishop', 'father', 'rev', 'reverend', 'imam', 'rabbi', 'patriarch', 'catholicos',
  'judge', 'justice', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt',
  'commander', 'admiral', 'marshal', 'field', 'brigadier', 'corporal', 'private', 'officer', 'detective', 'inspector',
  'commissioner', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair',
  'director', 'coach', 'manager', 'foreign', 'defence', 'defense', 'interior', 'finance', 'state', 'acting', 'former',
  'leader', 'speaker', 'ombudsman', 'assistant', 'associate', 'doctor', 'mrs', 'madame', 'monsieur', 'herr', 'frau',
  'ceo', 'cfo', 'coo', 'cto', 'mp', 'mep', 'msp', 'mla', 'administrator', 'superintendent', 'constable', 'attorney',
]);

/** The last word of an organisation's name (or the word before its "of"). */
export const ORGANISATION_HEADS = new Set([
  'party', 'council', 'foundation', 'university', 'college', 'school', 'academy', 'institute', 'institution', 'agency',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'weekly', 'daily', 'magazine', 'press', 'telegraph',
  'guardian', 'observer', 'review', 'network', 'broadcasting', 'radio', 'television', 'tv', 'channel',
  'ministry', 'department', 'office', 'bureau', 'board', 'commission', 'committee', 'authority', 'administration',
  'service', 'services', 'agency', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'corps', 'legion', 'brigade',
  'regiment', 'battalion', 'militia', 'command', 'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'government',
  'court', 'tribunal', 'conference', 'union', 'federation', 'confederation', 'association', 'society', 'league', 'alliance',
  'coalition', 'front', 'movement', 'organisation', 'organization', 'org', 'group', 'club', 'team', 'church', 'mission',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'bank', 'fund', 'trust', 'airlines', 'airways',
  'industries', 'systems', 'technologies', 'labs', 'laboratory', 'laboratories', 'studios', 'records', 'group',
  'district', 'municipality', 'secretariat', 'directorate', 'inspectorate', 'registry', 'observatory', 'centre', 'center',
  'program', 'programme', 'project', 'initiative', 'watch', 'international', 'partners', 'associates', 'ghostbusters',
]);

/** The last word of a place's name. */
export const PLACE_HEADS = new Set([
  'station', 'hall', 'airport', 'street', 'road', 'avenue', 'boulevard', 'square', 'bridge', 'park', 'river', 'lake',
  'sea', 'ocean', 'mountain', 'mountains', 'hills', 'island', 'islands', 'memorial', 'palace', 'stadium', 'arena',
  'county', 'province', 'valley', 'desert', 'gulf', 'bay', 'coast', 'peninsula', 'strait', 'canal', 'plaza', 'tower',
  'temple', 'mosque', 'cathedral', 'monastery', 'castle', 'harbour', 'harbor', 'port', 'beach', 'camp', 'corridor',
  'border', 'region', 'oblast', 'governorate', 'prefecture', 'village', 'town', 'city', 'state', 'republic', 'kingdom',
  'highway', 'pass', 'dam', 'reservoir', 'mall', 'building', 'house', 'embassy', 'consulate', 'hospital', 'museum',
  'towers', 'cave', 'caves', 'gardens', 'heights', 'falls', 'springs', 'forest', 'quarter', 'checkpoint', 'crater',
]);

/** The first word of a place's name that says what kind of place it is ("Lake Sevan", "Mount Aragats", "Cape Horn"). */
export const PLACE_KIND_WORDS = new Set(['lake', 'mount', 'mt', 'cape', 'fort', 'isle']);

/** Places whose head shows they stand for their occupants only in some texts: read as places. */
export const CENTRE_WORDS = new Set(['centre', 'center']);

/** Small words that may join the capitalised words of one name ("Church of Scientology"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn']);

/** Connectors a person's name may contain ("Ludwig van Beethoven"), never "of" or "and". */
export const PERSON_PARTICLES = new Set(['de', 'du', 'la', 'le', 'del', 'della', 'di', 'da', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn']);

/** Titles that end a phrase naming an office, not a person ("Home Secretary", "Afghan Ambassador"). */
export const OFFICE_TITLES = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'envoy', 'commissioner', 'mayor', 'governor', 'chairman',
  'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'senator', 'chancellor', 'premier', 'judge',
  'officer', 'general', 'attorney', 'sheriff', 'consul', 'prosecutor', 'ombudsman', 'speaker', 'leader', 'chief',
  'ceo', 'mp', 'mep', 'administrator',
]);

/** Words for believers and faiths: they name groups of people, not entities. */
export const FAITH_WORDS = new Set([
  'muslim', 'muslims', 'islam', 'islamic', 'christian', 'christians', 'christianity', 'jew', 'jews', 'jewish', 'judaism',
  'catholic', 'catholics', 'catholicism', 'protestant', 'protestants', 'orthodox', 'hindu', 'hindus', 'hinduism',
  'buddhist', 'buddhists', 'buddhism', 'sikh', 'sikhs', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'atheist', 'atheists',
  'azeri', 'azeris', 'kurd', 'kurds', 'kurdish', 'arab', 'arabs', 'arabic', 'latino', 'latina', 'hispanic', 'europeans', 'african', 'africans', 'asian', 'asians',
]);

/** Last words of names of events, works and laws: neither actors nor places. */
export const EVENT_HEADS = new Set([
  'cup', 'championship', 'championships', 'olympics', 'games', 'festival', 'fair', 'expo', 'prize', 'award', 'awards',
  'act', 'war', 'wars', 'year', 'series', 'day', 'week', 'challenge', 'tournament', 'show', 'treaty', 'accord', 'accords',
  'agreement', 'declaration', 'protocol', 'doctrine', 'bill', 'law', 'study', 'survey', 'report', 'summit', 'crisis',
  'bowl', 'open', 'marathon', 'prix', 'olympiad', 'contest', 'competition', 'medal', 'trophy', 'exhibition', 'concert',
  'ceremony', 'parade', 'carnival', 'election', 'elections', 'referendum', 'debate', 'questions', 'speech', 'trials',
  'revolution', 'uprising', 'massacre', 'genocide', 'holocaust', 'attack', 'attacks', 'bombing', 'bombings', 'riots',
  'disaster', 'earthquake', 'scandal', 'pandemic', 'epidemic', 'outbreak', 'disease', 'syndrome', 'virus', 'flu',
  'fever', 'meeting', 'amendment', 'charter', 'convention', 'resolution', 'directive', 'manifesto', 'theory', 'index', 'season', 'era',
  'eve',
]);

/** Last words of the names of instruments and craft: things, not actors ("Hubble Space Telescope", "Large Hadron Collider"). */
export const THING_HEADS = new Set([
  'telescope', 'collider', 'rover', 'lander', 'orbiter', 'probe', 'satellite', 'spacecraft', 'rocket', 'missile', 'shuttle', 'reactor',
]);

/**
 * Feasts, fasts and holidays: a name made with one of them is a day or a season, an event
 * ("Christmas Eve", "Eid al-Fitr", "Ramadan"), unless a body's or place's head noun follows
 * ("Christmas Island", "Easter Seals Foundation").
 */
export const HOLIDAYS = new Set([
  'christmas', 'xmas', 'easter', 'lent', 'advent', 'pentecost', 'epiphany', 'ramadan', 'ramazan', 'eid', 'hanukkah',
  'chanukah', 'passover', 'pesach', 'purim', 'yom', 'kippur', 'hashanah', 'sukkot', 'diwali', 'deepavali', 'holi',
  'nowruz', 'novruz', 'navruz', 'vesak', 'thanksgiving', 'halloween', 'kwanzaa', 'hogmanay', 'vardavar',
]);

/**
 * Common nouns for events, works, awards and schemes, written in lower case after a name that
 * is the event's or work's own ("the Riverside Robot competition", "a National Diet study").
 */
export const EVENT_NOUNS = new Set([
  'award', 'awards', 'prize', 'prizes', 'medal', 'trophy', 'competition', 'contest', 'tournament', 'championship',
  'championships', 'festival', 'exhibition', 'expo', 'fair', 'ceremony', 'summit', 'games', 'series', 'show',
  'study', 'studies', 'survey', 'report', 'programme', 'program', 'scheme', 'system', 'campaign', 'initiative', 'project',
]);

/**
 * Lower-case nouns for a work, a product, a vehicle, a storm or an operation, written right
 * before its name ("her novel Angel Wings", "the browser Quickfox", "the ferry Lake Queen").
 * Bodies' words ("newspaper", "group", "company") are not listed: the name after them is a body.
 */
export const WORK_NOUNS = new Set([
  'novel', 'book', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'play', 'opera', 'musical', 'poem',
  'painting', 'sculpture', 'series', 'sitcom', 'show', 'videogame', 'app', 'browser', 'software', 'podcast',
  'ship', 'vessel', 'yacht', 'ferry', 'tanker', 'submarine', 'frigate', 'destroyer', 'aircraft', 'rocket',
  'spacecraft', 'probe', 'satellite', 'rover', 'telescope', 'hurricane', 'typhoon', 'cyclone', 'storm', 'operation',
  'drug', 'vaccine', 'virus', 'hashtag', 'slogan', 'anthem',
]);

/** First words of the names of operations, storms, battles and treaties ("Operation Clean Sweep", "Hurricane Ida", "Battle of …"). */
export const EVENT_PREFIXES = new Set(['operation', 'hurricane', 'typhoon', 'cyclone', 'storm', 'battle', 'siege', 'treaty']);

/** One-word newspaper names written after "The" ("The Guardian"). */
export const NEWSPAPER_WORDS = new Set(['times', 'guardian', 'observer', 'telegraph', 'independent', 'economist', 'post', 'herald', 'tribune', 'globe', 'mirror', 'express', 'nation', 'star', 'sun', 'spectator', 'atlantic', 'australian', 'age', 'hindu', 'standard', 'scotsman', 'irish']);

/** Prefixes that name a place by its kind before its name ("State of Texas" is Texas). */
export const PLACE_PREFIXES = /^(?:the\s+)?(?:state|republic|city|province|region|county|town|village|kingdom|commonwealth)\s+of\s+/i;

/** British and American spellings read as one (applied to lower-case name keys). */
export const SPELLING_VARIANTS: [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/\boffence\b/g, 'offense'],
  [/\b(cent|theat|met|lit|fib)re\b/g, '$1er'],
  [/\b(organi|recogni|moderni|civili)s(ation|e|ed)\b/g, '$1z$2'],
  [/\b(labo|harbo|hono|colo|favo|neighbo|endeavo|behavio)ur(s?)\b/g, '$1r$2'],
  [/\bprogramme\b/g, 'program'],
  [/\bcatalogue\b/g, 'catalog'],
];
