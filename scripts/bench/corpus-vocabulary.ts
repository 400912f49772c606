/**
 * Word lists and sentence templates for the benchmark corpus generator (`generate-corpus.ts`).
 * The shapes follow the scraped pages in content/corpus/; the text is invented. A few real
 * public figures that the gazetteer knows appear so that entity resolution has work to do; their
 * lines are generic. Everything else (people, quotes, events) is fictional.
 *
 * Templates use `{slot}` placeholders, filled by the generator (see `fillSlot` there):
 *   person / other   a person of the article's cast (full name with role the first time, then surname)
 *   org / org2       an organisation of the cast
 *   countryA/B, adjA/B, adj, country, capital   the two sides of the article's story
 *   mediator, mediatorAdj   a third country;  venue   a city where talks are held
 *   place / place2   a place of the cast;  outlet   a news outlet
 *   day, date, weekday, month, year, pubYear, nextYear, num, num2, few, big, pct, ordinal, currency
 *   quote / quote2   a quoted statement;  clause   a reported statement;  said   a speech verb
 *   equipment, headline
 */

// --- People -------------------------------------------------------------------------------

/** A naming culture: given names by gender, family names (`A|B` = transliteration variants). */
interface Culture {
  key: string;
  male: string[];
  female: string[];
  family: string[];
  /** Feminine family names add this suffix (Mammadov → Mammadova). */
  feminineSuffix: string;
  roles: string[];
  count: number;
}

const CULTURES: Culture[] = [
  {
    key: 'az',
    male: ['Elnur', 'Rashad', 'Kamran', 'Tural', 'Farid', 'Orkhan', 'Vugar', 'Elchin', 'Ramil', 'Anar', 'Samir', 'Rauf', 'Jeyhun', 'Ilkin', 'Nijat', 'Elvin', 'Mahir', 'Zaur', 'Emin', 'Togrul'],
    female: ['Leyla', 'Aynur', 'Gunel', 'Sevinj', 'Nargiz', 'Aysel', 'Lala', 'Shahla', 'Ulviyya', 'Khadija'],
    family: ['Mammadov|Mamedov', 'Aliyev|Aliev', 'Hasanov|Gasanov', 'Huseynov|Guseinov', 'Ismayilov|Ismailov', 'Guliyev|Kuliev', 'Abbasov', 'Rahimov|Rehimov', 'Jafarov|Dzhafarov', 'Babayev', 'Karimov', 'Suleymanov', 'Valiyev|Veliev', 'Askerov', 'Mustafayev', 'Gasimov|Kasimov', 'Orujov', 'Najafov', 'Safarov', 'Hajiyev|Gadzhiev'],
    feminineSuffix: 'a',
    roles: ['Azerbaijani lawmaker', 'Azerbaijani presidential aide', 'Azerbaijani Deputy Foreign Minister', 'Defence Ministry spokesperson', 'military analyst', 'Baku-based political analyst', 'Azerbaijani ombudsperson', 'border service official', 'district governor', 'local resident', 'opposition politician', 'Azerbaijani ambassador'],
    count: 60,
  },
  {
    key: 'am',
    male: ['Armen', 'Aram', 'Tigran', 'Davit', 'Hovhannes', 'Ashot', 'Gevorg', 'Karen', 'Vahe', 'Artur', 'Suren', 'Levon', 'Narek', 'Hayk', 'Ruben', 'Vardan', 'Edgar', 'Sargis'],
    female: ['Anna', 'Lusine', 'Ani', 'Mariam', 'Narine', 'Gayane', 'Siranush', 'Arpine', 'Tatevik', 'Zaruhi'],
    family: ['Grigoryan|Grigorian', 'Harutyunyan|Arutyunyan', 'Sargsyan|Sarkisian', 'Petrosyan|Petrossian', 'Hovhannisyan|Oganesyan', 'Avetisyan|Avetisian', 'Khachatryan|Khachatrian', 'Mkrtchyan|Mkrtchian', 'Vardanyan|Vardanian', 'Karapetyan|Karapetian', 'Hakobyan|Akopyan', 'Gevorgyan|Gevorkian', 'Poghosyan|Pogosyan', 'Ghazaryan|Kazarian', 'Manukyan', 'Simonyan', 'Stepanyan', 'Avagyan', 'Babayan', 'Danielyan'],
    feminineSuffix: '',
    roles: ['Armenian lawmaker', 'Armenian Deputy Foreign Minister', 'Armenian Defence Ministry spokesperson', 'Armenian human rights defender', 'Yerevan-based analyst', 'regional governor', 'village head', 'local resident', 'opposition lawmaker', 'Armenian ambassador', 'government spokesperson'],
    count: 60,
  },
  {
    key: 'ru',
    male: ['Sergei', 'Dmitry', 'Alexei', 'Andrei', 'Mikhail', 'Nikolai', 'Igor', 'Yuri', 'Viktor', 'Pavel'],
    female: ['Maria', 'Yelena', 'Olga', 'Tatiana', 'Natalia'],
    family: ['Ivanov', 'Petrov', 'Smirnov', 'Volkov', 'Kuznetsov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Orlov', 'Zaitsev|Zaytsev', 'Belov', 'Gromov', 'Tarasov'],
    feminineSuffix: 'a',
    roles: ['Russian Deputy Foreign Minister', 'Kremlin spokesperson', 'Russian peacekeeping commander', 'Russian lawmaker', 'Moscow-based analyst', 'Russian diplomat'],
    count: 30,
  },
  {
    key: 'tr',
    male: ['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Murat', 'Kemal', 'Serkan', 'Hakan'],
    female: ['Ayşe|Ayse', 'Elif', 'Zeynep', 'Fatma', 'Selin'],
    family: ['Yılmaz|Yilmaz', 'Kaya', 'Demir', 'Şahin|Sahin', 'Çelik|Celik', 'Yıldız|Yildiz', 'Aydın|Aydin', 'Öztürk|Ozturk', 'Arslan', 'Doğan|Dogan', 'Korkmaz', 'Polat'],
    feminineSuffix: '',
    roles: ['Turkish Defence Minister', 'Turkish Foreign Ministry spokesperson', 'Turkish lawmaker', 'Ankara-based analyst', 'Turkish diplomat'],
    count: 25,
  },
  {
    key: 'ge',
    male: ['Giorgi', 'Levan', 'Irakli', 'Davit', 'Nikoloz', 'Zurab', 'Tornike'],
    female: ['Nino', 'Tamar', 'Salome', 'Ketevan', 'Mariam'],
    family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Tsiklauri', 'Lomidze', 'Javakhishvili', 'Chikovani', 'Kvaratskhelia', 'Abashidze'],
    feminineSuffix: '',
    roles: ['Georgian Foreign Minister', 'Georgian lawmaker', 'Tbilisi-based analyst', 'Georgian government spokesperson', 'Georgian diplomat'],
    count: 25,
  },
  {
    key: 'ir',
    male: ['Ali', 'Reza', 'Hossein', 'Mohammad', 'Mehdi', 'Hamid'],
    female: ['Maryam', 'Zahra', 'Fatemeh'],
    family: ['Rahimi', 'Hosseini', 'Mousavi', 'Karimi', 'Jafari', 'Ahmadi', 'Rezaei'],
    feminineSuffix: '',
    roles: ['Iranian Foreign Ministry spokesperson', 'Iranian Deputy Foreign Minister', 'Iranian lawmaker', 'Iranian ambassador'],
    count: 15,
  },
  {
    key: 'fr',
    male: ['Jean', 'Pierre', 'Nicolas', 'Julien', 'Antoine', 'Olivier'],
    female: ['Claire', 'Sophie', 'Camille', 'Isabelle'],
    family: ['Martin', 'Bernard', 'Dubois', 'Laurent', 'Lefebvre', 'Moreau', 'Girard', 'Fournier', 'Mercier'],
    feminineSuffix: '',
    roles: ['French Foreign Ministry spokesperson', 'French lawmaker', 'French ambassador', 'Paris-based researcher'],
    count: 15,
  },
  {
    key: 'us',
    male: ['John', 'Michael', 'David', 'James', 'Robert', 'Thomas', 'Daniel', 'Mark', 'Paul'],
    female: ['Sarah', 'Emily', 'Laura', 'Rachel', 'Jennifer', 'Kate'],
    family: ['Smith', 'Johnson', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Hall', 'Wright', 'Hughes', 'Carter', 'Bennett', 'Reed'],
    feminineSuffix: '',
    roles: ['State Department spokesperson', 'US senator', 'US envoy', 'British Foreign Office minister', 'think-tank analyst', 'former ambassador', 'aid worker'],
    count: 30,
  },
  {
    key: 'de',
    male: ['Thomas', 'Stefan', 'Markus', 'Jan'],
    female: ['Anna', 'Katrin', 'Julia'],
    family: ['Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schulz'],
    feminineSuffix: '',
    roles: ['German Foreign Office spokesperson', 'German lawmaker', 'Berlin-based researcher'],
    count: 12,
  },
  {
    key: 'intl',
    male: ['Josep', 'Marco', 'Pieter', 'Lars', 'Tomasz'],
    female: ['Elena', 'Ingrid', 'Agnieszka'],
    family: ['Rossi', 'Jansen', 'Nowak', 'Lindqvist', 'Novak', 'Horvat'],
    feminineSuffix: '',
    roles: ['EU special representative', 'UN spokesperson', 'OSCE official', 'Red Cross delegation head', 'UN humanitarian coordinator', 'EU monitoring mission head'],
    count: 20,
  },
];

export interface Person {
  /** Nationality key: az, am, ru, tr, ge, ir, fr, us, de, intl. */
  nat: string;
  given: string[];
  /** Spellings of the family name; variant i of a person goes with variant i of the other parts. */
  family: string[];
  role: string;
}

/** Real public figures listed in content/gazetteer.yaml, with transliteration variants. */
const NOTABLE: Person[] = [
  { nat: 'az', given: ['Ilham'], family: ['Aliyev', 'Aliev'], role: 'Azerbaijani President' },
  { nat: 'am', given: ['Nikol'], family: ['Pashinyan', 'Pachinian', 'Pashinian'], role: 'Armenian Prime Minister' },
  { nat: 'ru', given: ['Vladimir'], family: ['Putin', 'Poutine'], role: 'Russian President' },
  { nat: 'fr', given: ['Emmanuel'], family: ['Macron'], role: 'French President' },
  { nat: 'us', given: ['Antony'], family: ['Blinken'], role: 'US Secretary of State' },
  { nat: 'az', given: ['Anar'], family: ['Eyvazov', 'Eyvazov'], role: 'Defence Ministry spokesman' },
  { nat: 'tr', given: ['Recep Tayyip'], family: ['Erdoğan', 'Erdogan'], role: 'Turkish President' },
];

function buildPeople(): Person[] {
  const people: Person[] = [...NOTABLE];
  const seen = new Set(people.map((p) => `${p.given[0]} ${p.family[0]}`));
  for (const culture of CULTURES) {
    let made = 0;
    for (let k = 0; made < culture.count && k < culture.count * 10; k++) {
      const female = k % 4 === 3;
      const givens = female ? culture.female : culture.male;
      const given = givens[(k * 7 + Math.floor(k / culture.family.length)) % givens.length].split('|');
      const suffix = female ? culture.feminineSuffix : '';
      const family = culture.family[k % culture.family.length].split('|').map((f) => f + suffix);
      const key = `${given[0]} ${family[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      people.push({ nat: culture.key, given, family, role: culture.roles[(k * 5 + 1) % culture.roles.length] });
      made++;
    }
  }
  return people;
}

/** ~300 people; surnames collide (several Aliyevs, Grigoryans…) and have spelling variants. */
export const PEOPLE: readonly Person[] = buildPeople();

function buildJournalists(): string[] {
  const names: string[] = [];
  for (const key of ['az', 'tr', 'us', 'fr', 'am', 'ru', 'ge', 'de']) {
    const c = CULTURES.find((x) => x.key === key)!;
    for (let k = 0; k < 6; k++) {
      const female = k % 3 === 1;
      const givens = female ? c.female : c.male;
      const given = givens[(k * 5 + 3) % givens.length].split('|')[0];
      const family = c.family[(k * 3 + 2) % c.family.length].split('|')[0] + (female ? c.feminineSuffix : '');
      names.push(`${given} ${family}`);
    }
  }
  return [...new Set(names)];
}

/** Reporters and editors for bylines and credits (some share surnames with the actors). */
export const JOURNALISTS: readonly string[] = buildJournalists();

// --- Organisations --------------------------------------------------------------------------

export interface Organisation {
  name: string;
  /** Short form for headlines. */
  short: string;
  /** Nationality key, or 'intl'. */
  nat: string;
}

const org = (nat: string, name: string, short = name.replace(/^the /, '')): Organisation => ({ nat, name, short });

export const ORGANISATIONS: readonly Organisation[] = [
  org('az', 'the Azerbaijani Defence Ministry', 'Defence Ministry'),
  org('az', 'the Azerbaijani Foreign Ministry', 'Foreign Ministry'),
  org('az', 'the Azerbaijani Armed Forces', 'Azerbaijani army'),
  org('az', 'the State Border Service of Azerbaijan', 'Border Service'),
  org('az', 'the Azerbaijani Interior Ministry', 'Interior Ministry'),
  org('az', "the Azerbaijani Prosecutor General's Office", 'Prosecutors'),
  org('az', 'the Azerbaijani Ministry of Emergency Situations', 'Emergencies Ministry'),
  org('az', 'the Mine Action Agency of Azerbaijan', 'Mine Action Agency'),
  org('az', "the Azerbaijani Ombudsman's Office", 'Ombudsman'),
  org('az', 'the National Assembly of Azerbaijan', 'Azerbaijani parliament'),
  org('az', 'the Presidential Administration of Azerbaijan', 'Presidential Administration'),
  org('az', 'the Azerbaijani government', 'Baku'),
  org('az', 'the New Azerbaijan Party'),
  org('az', 'the Popular Front Party of Azerbaijan', 'Popular Front'),
  org('az', 'the Musavat party', 'Musavat'),
  org('az', 'SOCAR'),
  org('am', 'the Armenian Defence Ministry', 'Defence Ministry'),
  org('am', 'the Armenian Foreign Ministry', 'Foreign Ministry'),
  org('am', 'the Armed Forces of Armenia', 'Armenian army'),
  org('am', 'the National Security Service of Armenia', 'National Security Service'),
  org('am', 'the Armenian Interior Ministry', 'Interior Ministry'),
  org('am', 'the Investigative Committee of Armenia', 'Investigative Committee'),
  org('am', 'the Armenian Ministry of Emergency Situations', 'Emergencies Ministry'),
  org('am', "the Armenian Human Rights Defender's Office", 'Human Rights Defender'),
  org('am', 'the Security Council of Armenia', 'Security Council'),
  org('am', 'the Armenian parliament'),
  org('am', 'the Armenian government', 'Yerevan'),
  org('am', 'the Civil Contract party', 'Civil Contract'),
  org('am', 'the Armenian Revolutionary Federation', 'ARF'),
  org('am', 'the Republican Party of Armenia', 'Republican Party'),
  org('am', 'the Prosperous Armenia party', 'Prosperous Armenia'),
  org('ru', 'the Russian Foreign Ministry', 'Russian Foreign Ministry'),
  org('ru', 'the Russian Defence Ministry', 'Russian Defence Ministry'),
  org('ru', 'the Kremlin', 'Kremlin'),
  org('ru', 'the Russian peacekeeping contingent', 'Russian peacekeepers'),
  org('ru', 'the Russian Security Council', 'Russian Security Council'),
  org('ru', 'the Russian Ministry of Emergency Situations', 'Russian Emergencies Ministry'),
  org('ru', 'Gazprom'),
  org('ru', 'Rosatom'),
  org('tr', 'the Turkish Foreign Ministry', 'Turkish Foreign Ministry'),
  org('tr', 'the Turkish Defence Ministry', 'Turkish Defence Ministry'),
  org('tr', 'the Grand National Assembly of Turkey', 'Turkish parliament'),
  org('ge', 'the Georgian Foreign Ministry', 'Georgian Foreign Ministry'),
  org('ge', 'the Georgian government', 'Tbilisi'),
  org('ge', 'the Georgian Dream party', 'Georgian Dream'),
  org('ge', 'the United National Movement', 'UNM'),
  org('ge', 'the State Security Service of Georgia', 'Georgian security service'),
  org('ir', 'the Iranian Foreign Ministry', 'Iranian Foreign Ministry'),
  org('ir', 'the Islamic Revolutionary Guard Corps', 'IRGC'),
  org('fr', 'the French Foreign Ministry', 'Quai d’Orsay'),
  org('fr', 'the Élysée Palace', 'Élysée'),
  org('us', 'the US State Department', 'State Department'),
  org('us', 'the White House', 'White House'),
  org('us', 'the Pentagon', 'Pentagon'),
  org('us', 'the US Congress', 'Congress'),
  org('de', 'the German Foreign Office', 'Berlin'),
  org('intl', 'the United Nations', 'UN'),
  org('intl', 'the UN Security Council', 'UN Security Council'),
  org('intl', 'the UN General Assembly', 'UN General Assembly'),
  org('intl', 'the UN Human Rights Council', 'UN rights council'),
  org('intl', 'UNHCR'),
  org('intl', 'UNICEF'),
  org('intl', 'the World Food Programme', 'WFP'),
  org('intl', 'the World Health Organization', 'WHO'),
  org('intl', 'the OSCE'),
  org('intl', 'the OSCE Minsk Group', 'Minsk Group'),
  org('intl', 'the International Committee of the Red Cross', 'Red Cross'),
  org('intl', 'the European Union', 'EU'),
  org('intl', 'the European Commission', 'Brussels'),
  org('intl', 'the European Parliament'),
  org('intl', 'the Council of Europe'),
  org('intl', 'the European Court of Human Rights', 'European rights court'),
  org('intl', 'the International Court of Justice', 'ICJ'),
  org('intl', 'the EU Monitoring Mission in Armenia', 'EU monitors'),
  org('intl', 'NATO'),
  org('intl', 'the Collective Security Treaty Organization', 'CSTO'),
  org('intl', 'the Organization of Turkic States', 'Turkic States'),
  org('intl', 'the Commonwealth of Independent States', 'CIS'),
  org('intl', 'Human Rights Watch'),
  org('intl', 'Amnesty International', 'Amnesty'),
  org('intl', 'Doctors Without Borders', 'MSF'),
  org('intl', 'the World Bank'),
  org('intl', 'the International Monetary Fund', 'IMF'),
  org('intl', 'the European Bank for Reconstruction and Development', 'EBRD'),
];

// --- Places ---------------------------------------------------------------------------------

export interface Country {
  key: string;
  name: string;
  adj: string;
  capital: string;
  currency: string;
  /** Cities, regions and districts; `A|B` = spelling variants. */
  places: string[];
}

/** Countries of the South Caucasus and neighbours, with their places. */
export const COUNTRIES: readonly Country[] = [
  {
    key: 'az', name: 'Azerbaijan', adj: 'Azerbaijani', capital: 'Baku', currency: 'manats',
    places: ['Ganja', 'Sumgait', 'Mingachevir', 'Shusha|Shushi', 'Aghdam', 'Fuzuli', 'Jabrayil', 'Zangilan', 'Gubadli', 'Lachin', 'Kalbajar', 'Tartar|Terter', 'Barda', 'Goranboy', 'Dashkesan', 'Gadabay', 'Tovuz', 'Agstafa', 'Nakhchivan', 'Lankaran', 'Shamakhi', 'Khojavend', 'Khojaly', 'Aghjabadi', 'Beylagan', 'Horadiz', 'Yevlakh', 'Shaki', 'Gazakh', 'Khankendi|Stepanakert', 'Nagorno-Karabakh|Upper Karabakh', 'Martakert|Aghdara', 'Hadrut', 'Askeran'],
  },
  {
    key: 'am', name: 'Armenia', adj: 'Armenian', capital: 'Yerevan', currency: 'drams',
    places: ['Gyumri', 'Vanadzor', 'Goris', 'Kapan', 'Jermuk', 'Vardenis', 'Sisian', 'Meghri', 'Ijevan', 'Berd', 'Martuni', 'Sotk', 'Artsvashen', 'Dilijan', 'Ararat', 'Vedi', 'Yeraskh', 'Syunik', 'Tavush', 'Gegharkunik', 'Vayots Dzor', 'Lori', 'Shirak', 'Kotayk', 'Tegh', 'Kornidzor'],
  },
  {
    key: 'ge', name: 'Georgia', adj: 'Georgian', capital: 'Tbilisi', currency: 'lari',
    places: ['Batumi', 'Kutaisi', 'Rustavi', 'Marneuli', 'Gori', 'Zugdidi', 'Akhalkalaki', 'Sadakhlo', 'Kvemo Kartli', 'Samtskhe-Javakheti', 'Abkhazia', 'South Ossetia|Tskhinvali region', 'Poti', 'Telavi'],
  },
  {
    key: 'ru', name: 'Russia', adj: 'Russian', capital: 'Moscow', currency: 'roubles',
    places: ['St Petersburg', 'Sochi', 'Krasnodar', 'Makhachkala', 'Vladikavkaz', 'Grozny', 'Rostov-on-Don', 'Derbent', 'Dagestan', 'North Ossetia', 'Chechnya', 'Krasnodar Krai', 'Kazan'],
  },
  {
    key: 'tr', name: 'Turkey', adj: 'Turkish', capital: 'Ankara', currency: 'lira',
    places: ['Istanbul', 'Kars', 'Igdir', 'Erzurum', 'Trabzon', 'Van', 'Ardahan'],
  },
  {
    key: 'ir', name: 'Iran', adj: 'Iranian', capital: 'Tehran', currency: 'rials',
    places: ['Tabriz', 'Ardabil', 'Jolfa', 'Nordooz', 'East Azerbaijan province', 'Astara'],
  },
];

/** Countries that mediate, comment or host talks. */
export const MEDIATORS: readonly { name: string; adj: string }[] = [
  { name: 'Russia', adj: 'Russian' }, { name: 'France', adj: 'French' }, { name: 'the United States', adj: 'US' },
  { name: 'Turkey', adj: 'Turkish' }, { name: 'Iran', adj: 'Iranian' }, { name: 'Germany', adj: 'German' },
  { name: 'the United Kingdom', adj: 'British' }, { name: 'Kazakhstan', adj: 'Kazakh' }, { name: 'Georgia', adj: 'Georgian' },
  { name: 'Italy', adj: 'Italian' }, { name: 'Poland', adj: 'Polish' }, { name: 'Hungary', adj: 'Hungarian' },
  { name: 'Israel', adj: 'Israeli' }, { name: 'Pakistan', adj: 'Pakistani' }, { name: 'India', adj: 'Indian' },
  { name: 'China', adj: 'Chinese' }, { name: 'Ukraine', adj: 'Ukrainian' }, { name: 'Greece', adj: 'Greek' },
  { name: 'Cyprus', adj: 'Cypriot' }, { name: 'Egypt', adj: 'Egyptian' }, { name: 'Qatar', adj: 'Qatari' },
  { name: 'Saudi Arabia', adj: 'Saudi' }, { name: 'the United Arab Emirates', adj: 'Emirati' }, { name: 'Uzbekistan', adj: 'Uzbek' },
  { name: 'Turkmenistan', adj: 'Turkmen' }, { name: 'Kyrgyzstan', adj: 'Kyrgyz' }, { name: 'Tajikistan', adj: 'Tajik' },
  { name: 'Belarus', adj: 'Belarusian' }, { name: 'Moldova', adj: 'Moldovan' }, { name: 'Romania', adj: 'Romanian' },
  { name: 'Bulgaria', adj: 'Bulgarian' }, { name: 'Lithuania', adj: 'Lithuanian' }, { name: 'Canada', adj: 'Canadian' },
  { name: 'Japan', adj: 'Japanese' }, { name: 'Spain', adj: 'Spanish' }, { name: 'the Netherlands', adj: 'Dutch' },
];

/** Cities where talks, summits and news conferences happen. */
export const VENUES: readonly string[] = [
  'Geneva', 'Brussels', 'Vienna', 'Paris', 'Washington', 'New York', 'Moscow', 'Ankara', 'Istanbul', 'Tbilisi',
  'Prague', 'Granada', 'Chisinau', 'Astana', 'Almaty', 'Tashkent', 'Berlin', 'London', 'Munich', 'Warsaw',
  'Kyiv', 'Minsk', 'Sochi', 'Tehran', 'Doha', 'Dubai', 'Abu Dhabi', 'Rome', 'Madrid', 'Lisbon', 'Stockholm',
  'Helsinki', 'Oslo', 'Copenhagen', 'Amsterdam', 'The Hague', 'Budapest', 'Belgrade', 'Sofia', 'Bucharest',
  'Athens', 'Nicosia', 'Vilnius', 'Riga', 'Tallinn', 'Beirut', 'Amman', 'Cairo', 'Riyadh', 'Islamabad',
  'New Delhi', 'Beijing', 'Tokyo', 'Ottawa', 'Strasbourg', 'Luxembourg', 'Bratislava', 'Ljubljana', 'Zagreb', 'Sarajevo',
];

/** The two sides of an article's story, with weights (most stories are about the same conflict). */
export const SIDES: readonly { a: string; b: string; weight: number; background: string }[] = [
  { a: 'az', b: 'am', weight: 62, background: 'karabakh' },
  { a: 'am', b: 'az', weight: 16, background: 'karabakh' },
  { a: 'ge', b: 'ru', weight: 8, background: 'georgia' },
  { a: 'am', b: 'tr', weight: 4, background: 'border' },
  { a: 'az', b: 'ir', weight: 4, background: 'border' },
  { a: 'am', b: 'ru', weight: 3, background: 'border' },
  { a: 'ge', b: 'az', weight: 3, background: 'border' },
];

// --- News outlets ---------------------------------------------------------------------------

/** Outlets named in running text ("…, Interfax reported"). */
export const OUTLET_NAMES: readonly string[] = [
  'Anadolu Agency', 'Reuters', 'AFP', 'the Associated Press', 'TASS', 'RIA Novosti', 'Interfax', 'Azertac',
  'Armenpress', 'APA', 'Trend', 'News.am', 'Civil.ge', 'OC Media', 'Eurasianet', 'the BBC', 'Al Jazeera',
  'TRT World', 'Euronews', 'Le Monde', 'Deutsche Welle', 'Radio Free Europe/Radio Liberty',
];

export type DateForm = 'published' | 'dotted' | 'us-time' | 'iso' | 'day-month' | 'weekday' | 'slashed' | 'iso-time';
export type BylineForm = 'by' | 'by-two' | 'pipe' | 'none';
export type DatelineForm = 'city-country' | 'city-colon' | 'wire' | 'none';

/** The house style of the outlet behind each `outlet-NN` folder; used most of the time, not always. */
export interface OutletProfile {
  name: string;
  date: DateForm;
  byline: BylineForm;
  dateline: DatelineForm;
  /** Agency named in a wire dateline "(Reuters) -". */
  wire: string;
  /** Photo credit lines. */
  photo: string[];
  /** Chance of a breadcrumb line before the headline. */
  breadcrumb: number;
  /** Which transliteration of a name the outlet prefers (index into the variants). */
  spelling: number;
  curlyQuotes: boolean;
  /** Footer items in order, each kept with its own chance. */
  footer: string[];
  readMore: number;
  subheadings: number;
}

export const OUTLETS: readonly OutletProfile[] = [
  { name: 'Anadolu Agency', date: 'dotted', byline: 'pipe', dateline: 'city-country', wire: 'AA', photo: ['PHOTO: AA', 'AA'], breadcrumb: 0.7, spelling: 0, curlyQuotes: false, footer: ['writing-by', 'disclaimer-wire'], readMore: 0.1, subheadings: 0.6 },
  { name: 'TRT World', date: 'us-time', byline: 'none', dateline: 'none', wire: 'Reuters', photo: ['Reuters Archive', 'AA', 'AFP'], breadcrumb: 0.1, spelling: 0, curlyQuotes: false, footer: ['source', 'load-next'], readMore: 0.9, subheadings: 0.8 },
  { name: 'TSF', date: 'day-month', byline: 'none', dateline: 'none', wire: 'Lusa', photo: ['Photo: EPA'], breadcrumb: 0.9, spelling: 1, curlyQuotes: true, footer: ['source', 'stay-connected', 'comment-form'], readMore: 0.1, subheadings: 0.1 },
  { name: 'Reuters', date: 'us-time', byline: 'by', dateline: 'wire', wire: 'Reuters', photo: ['REUTERS/Stringer', 'File photo: Reuters'], breadcrumb: 0.2, spelling: 0, curlyQuotes: false, footer: ['reporting-by', 'disclaimer-standards'], readMore: 0.2, subheadings: 0.1 },
  { name: 'Associated Press', date: 'weekday', byline: 'by-two', dateline: 'wire', wire: 'AP', photo: ['(AP Photo)', 'AP'], breadcrumb: 0.1, spelling: 0, curlyQuotes: false, footer: ['disclaimer-copyright'], readMore: 0.1, subheadings: 0.1 },
  { name: 'Azertac', date: 'dotted', byline: 'none', dateline: 'city-colon', wire: 'AZERTAC', photo: ['PHOTO: AZERTAC'], breadcrumb: 0.3, spelling: 0, curlyQuotes: false, footer: ['disclaimer-rights'], readMore: 0.2, subheadings: 0.2 },
  { name: 'Armenpress', date: 'day-month', byline: 'by', dateline: 'city-colon', wire: 'ARMENPRESS', photo: ['Photo: ARMENPRESS'], breadcrumb: 0.3, spelling: 0, curlyQuotes: true, footer: ['disclaimer-rights', 'related'], readMore: 0.3, subheadings: 0.2 },
  { name: 'OC Media', date: 'iso', byline: 'by', dateline: 'none', wire: 'OC Media', photo: ['Photo: OC Media'], breadcrumb: 0.2, spelling: 0, curlyQuotes: true, footer: ['disclaimer-views', 'share'], readMore: 0.5, subheadings: 0.7 },
  { name: 'Eurasianet', date: 'weekday', byline: 'by', dateline: 'none', wire: 'Eurasianet', photo: ['Photo: Eurasianet'], breadcrumb: 0.2, spelling: 0, curlyQuotes: true, footer: ['disclaimer-views'], readMore: 0.3, subheadings: 0.6 },
  { name: 'Al Jazeera', date: 'day-month', byline: 'none', dateline: 'none', wire: 'Al Jazeera', photo: ['(AFP)', 'Getty Images'], breadcrumb: 0.4, spelling: 0, curlyQuotes: false, footer: ['source-agencies'], readMore: 0.4, subheadings: 0.4 },
  { name: 'Euronews', date: 'slashed', byline: 'by', dateline: 'none', wire: 'AFP', photo: ['Copyright AFP', 'AFP'], breadcrumb: 0.3, spelling: 1, curlyQuotes: false, footer: ['share', 'disclaimer-copyright'], readMore: 0.3, subheadings: 0.3 },
  { name: 'Caucasus Watch', date: 'iso-time', byline: 'none', dateline: 'city-colon', wire: 'AFP', photo: ['Photo: Twitter'], breadcrumb: 0.5, spelling: 1, curlyQuotes: false, footer: ['comment-form', 'related'], readMore: 0.4, subheadings: 0.3 },
];

// --- Headlines and header lines -----------------------------------------------------------

/** "<Actor> <verb> <object> in <place>" and friends; `{actor}` is a short actor name. */
export const HEADLINES: readonly string[] = [
  '{actor} reports {num} soldiers killed in clashes near {place}',
  '{actor} accuses {countryB} of shelling villages in {place}',
  '{actor} says troops repelled attack in {place}',
  '{actor} denies reports of civilian casualties in {place}',
  '{actor} seizes {equipment} in {place}',
  '{actor} opens new checkpoint in {place}',
  '{actor} calls for ceasefire talks in {venue}',
  '{actor} condemns attack on civilians in {place}',
  '{actor} sends aid convoy to {place}',
  '{actor} begins mine clearance in {place}',
  '{actor} destroys {equipment} in {place}',
  '{actor} hosts {adjA} and {adjB} foreign ministers in {venue}',
  '{actor} warns of escalation after incident in {place}',
  '{actor} announces return of displaced families to {place}',
  '{actor} holds talks with {mediator} in {venue}',
  '{actor} rejects peace proposal in {venue}',
  '{place} mourns victims as {actor} blames {countryB}',
  '{place} braces for winter as talks stall in {venue}',
  '{place} counts the cost as ceasefire holds',
  '{place} comes under fire again as {actor} vows response',
  '{place} reopens schools as {actor} promises security',
  '{place} waits for news as prisoner exchange is delayed',
  '{place} residents flee as shelling resumes',
  '{adjA} and {adjB} leaders meet in {venue} for peace talks',
  'Fighting flares on {adjA}-{adjB} border, {num} reported dead',
  '{num} killed as fighting spreads to {place}',
  'UN Security Council to meet on {place} fighting',
  'Explainer: what is behind the latest fighting in {place}',
  '{mediator} offers to mediate as tensions rise in {place}',
  'Border talks between {countryA} and {countryB} resume in {venue}',
  'Prisoner exchange brings {num} detainees home to {countryA}',
  '{actor}: {headlineQuote}',
  '{adjA} president: troops deployed to strategic town of {place}',
];

export const HEADLINE_QUOTES: readonly string[] = [
  'There is no military solution', 'We are ready to sign a peace treaty', 'Our patience has limits',
  'The ceasefire must hold', 'The talks were constructive', 'We will defend every village',
  'Guarantees, not promises', 'The road to peace runs through dialogue',
];

export const EQUIPMENT: readonly string[] = [
  'weapons, ammunition and vehicles', 'military equipment', 'tanks and artillery', 'air defence systems',
  'an ammunition depot', 'drones and radar stations', 'armoured vehicles',
];

export const KICKERS: readonly string[] = ['WATCH: ', 'ANALYSIS: ', 'UPDATE 2-', 'LIVE: ', 'OPINION: '];

export const BREADCRUMB_REGIONS: readonly string[] = [
  'Caucasus', 'South Caucasus', 'Asia - Pacific, Azerbaijan Front Line', 'Russia and Central Asia',
  'Eastern Europe', 'Middle East', 'Turkey', 'Politics', 'Conflict', 'Armenia', 'Azerbaijan', 'Georgia',
];

/** Standfirsts: no final full stop. */
export const STANDFIRSTS: readonly string[] = [
  '{Org} says {clause}',
  "Army 'took control of strategic heights', says {orgShort}",
  'Residents of {place} describe a night of shelling',
  'Talks in {venue} end without agreement, but both sides say they will meet again',
  '{num} people killed and dozens wounded, officials say',
  '{Person} says {clause}',
  'The fighting is the worst since {year}, according to officials in {capital}',
  '{Mediator} urges both sides to return to the negotiating table',
  'Aid groups warn of shortages of food and medicine in {place}',
];

export const SUBHEADINGS: readonly string[] = [
  'Ceasefire talks', 'Civilian casualties', 'Humanitarian situation', 'International reaction',
  "'No military solution'", 'Background', 'Peace process', 'Border delimitation', 'Prisoner exchange',
  'Landmines', 'Return of displaced people', 'Energy and transport', 'Economic impact', 'Diplomatic efforts',
  'What happens next', 'Reaction in {capital}', '{place} under fire', 'Calls for restraint',
  '{placeTitle} conflict', 'Decades-old dispute', "'We want to go home'", 'Talks in {venue}', 'Aid for {place}',
  '{adjA} reaction', '{adjB} response', 'Shelling near {place}', 'Road to {place}', '{Mediator} steps in',
  'Return to {place}', 'The view from {capital}', 'Mines around {place}', '{num} years of talks',
];

export const CAPTION_TEMPLATES: readonly string[] = [
  'Soldiers stand guard at a checkpoint near {place}.',
  'A woman walks past a house damaged by shelling in {place}.',
  '{Person} speaks during a news conference in {capital}.',
  'Smoke rises over the outskirts of {place} after an overnight attack.',
  'Vehicles line up at the border crossing near {place}.',
  'Displaced families wait for aid at a school in {place}.',
];

// --- Running text ---------------------------------------------------------------------------

/** Sentences of the body; each ends with a full stop (or a full stop and a closing quote). */
export const SENTENCES: readonly string[] = [
  '{org} said {day} that {clause}.',
  '{person} {said} {day} that {clause}.',
  'According to {org}, {clause}.',
  '"{quote}," {person} {said}.',
  '"{quote}," {person} said, adding that {clause}.',
  '{person} told reporters in {venue} that {clause}.',
  'The statement came after {org} accused {adjB} forces of shelling positions near {place} {day}.',
  '{org} reported {num} people wounded in {place}, most of them civilians.',
  'Residents of {place} said they had spent the night in basements as the shelling continued.',
  'At least {num} homes were damaged in {place}, local officials said.',
  '{countryA} and {countryB} have traded accusations over the incident, each blaming the other for breaking the truce.',
  '{person} held a phone call with {other} {day}, discussing the situation along the border.',
  'The two leaders last met in {venue} in {year}, when they agreed to continue the talks.',
  '{mediator} has offered to host a new round of negotiations in {venue}.',
  '{org} called on both sides to show restraint and return to the negotiating table.',
  'Footage released by {org} showed columns of armoured vehicles moving towards {place}.',
  'It was not possible to independently verify the claims made by either side.',
  'Neither side has published full casualty figures since the fighting began {day}.',
  '{person} said the authorities in {capital} bore full responsibility for the escalation.',
  'Some {big} people have left {place} since the start of the year, according to {org}.',
  '{org} said it had delivered {num} tonnes of humanitarian aid to {place} {day}.',
  'The road linking {place} and {place2} has been closed to civilian traffic since {date}.',
  '{person}, speaking at a news conference in {capital}, said that {clause}.',
  'In {year}, a ceasefire agreement ended the fighting but left the main questions unresolved.',
  '{countryA} says its operation is aimed only at military targets and legitimate threats.',
  '{countryB} has denied the accusations and said its troops were responding to provocations.',
  'A spokesperson for {org} declined to comment on the reports when contacted on {weekday}.',
  'The exchange of fire lasted for several hours before calm returned to the area around {place}.',
  'At least {num} soldiers were killed and {num2} wounded, {org} said in its daily briefing.',
  'The ministry published the names of {num} servicemen killed in the clashes {day}.',
  'Analysts say the latest escalation is the most serious since {year}.',
  '{person} said that the talks in {venue} had been constructive but that no agreement had been reached.',
  'Officials in {place} said schools would remain closed until the end of the week.',
  'The {adj} side reported that {num} drones had been shot down over {place}.',
  'Markets in {capital} were quiet on {weekday}, with many shops closed.',
  'The prices of bread and fuel in {place} have risen sharply since {month}.',
  '{org} has sent a team of observers to the region to assess the situation.',
  'Electricity and gas supplies to {place} were cut {day} after a power line was damaged.',
  '{person} urged the international community to condemn what the official called a violation of international law.',
  'The foreign ministers of {countryA} and {countryB} are expected to meet in {venue} later this month.',
  '{mediator} said it was ready to support any agreement acceptable to both sides.',
  'Thousands of people gathered in the centre of {capital} {day} to demand a firmer stance from the government.',
  'Police in {capital} detained {num} protesters, according to {org}.',
  '{person} said the border would be demarcated on the basis of maps from {year}.',
  'The commission on border delimitation held its {ordinal} meeting in {venue} {day}.',
  'A prisoner exchange mediated by {org} took place {day} at a crossing point near {place}.',
  'In all, {num} detainees were returned to {countryA} in exchange for {num2} held by {countryB}.',
  'Engineers have cleared more than {big} mines from the area around {place} since {year}, according to {org}.',
  'More than {num} civilians have been killed or injured by landmines in the region since the end of the war, {org} said.',
  'Turnout in the parliamentary elections in {countryA} was {pct} percent, the election commission said.',
  'The ruling party won {pct} percent of the vote, according to preliminary results published {day}.',
  'The opposition rejected the results and said it would challenge them in court.',
  'The government has allocated {num} million {currency} for the reconstruction of {place}.',
  'The first families are expected to return to {place} by the end of {pubYear}.',
  '{org} warned that more than {big} people in the region needed food assistance.',
  'Video shared on social media appeared to show smoke rising over {place}.',
  '{person} was quoted by {outlet} as saying that {clause}.',
  '{outlet} reported, citing a source in {org}, that {clause}.',
  'The talks were attended by representatives of {org} and {org2}.',
  '{person} arrived in {capital} {day} for a two-day visit, the first by a {mediatorAdj} official since {year}.',
  'Trade between {countryA} and {mediator} reached {big} million dollars last year, official data show.',
  'The pipeline carries about {num} million cubic metres of gas a day through {place}.',
  '{countryA} has increased its defence budget by {pct} percent this year.',
  'Journalists were not allowed to enter {place}, where fighting was reported {day}.',
  'Satellite images published {day} showed new fortifications along the road near {place}.',
  '{org} said in a statement that {clause}.',
  'Earlier {day}, {person} said that {clause}.',
  'Meanwhile, {org} said that {clause}.',
  'Separately, {person} met {other} in {venue} to discuss regional security.',
  'The meeting lasted more than {few} hours, {outlet} reported.',
  'In a televised address, {person} said: "{quote}."',
  '"{quote}. {quote2}," {person} {said}.',
  '{person} described the situation in {place} as "extremely tense".',
  'Border guards reported sporadic gunfire near {place} throughout the night.',
  'A local hospital in {place} said it had treated {num} people for shrapnel wounds.',
  '{org} said the claims were "groundless" and part of a campaign of disinformation.',
  'The incident came {few} days after the two sides agreed to pull back troops from the line near {place}.',
  'A new railway through {place} is expected to link {countryA} with {mediator} within {few} years.',
  '{person}, who visited {place} {day}, said reconstruction would take years.',
];

/** Reported statements, after "said that …". */
export const CLAUSES: readonly string[] = [
  'the situation along the line of contact remained tense',
  '{adjB} forces had violated the ceasefire {num} times in the past day',
  'talks on a peace treaty would continue in {venue}',
  'there could be no military solution to the conflict',
  'its troops had taken control of several strategic heights near {place}',
  'the reports of civilian casualties in {place} were false',
  'the government was ready to sign a peace agreement before the end of the year',
  'both sides had agreed to open humanitarian corridors',
  '{num} settlements near {place} had come under artillery fire',
  'the authorities were preparing to evacuate residents of {place}',
  'the border commission would meet again next month',
  'it had no plans to withdraw its forces from the area',
  'a new checkpoint had been set up on the road to {place}',
  'the country would not accept any threat to its territorial integrity',
  'international observers should be allowed into {place}',
  'the shelling had damaged a school and a hospital in {place}',
  '{countryA} remained committed to the peace process',
  'the blockade had to be lifted without preconditions',
  '{num} prisoners of war were still being held by the other side',
  'more than {big} people had been displaced by the fighting',
  'the accusations were part of a disinformation campaign',
  'the transport links through {place} would reopen by {nextYear}',
  'the army had been put on full combat alert',
  'several villages near {place} had been left without electricity',
  'the deal brokered in {year} was no longer being respected',
  'the mediators had presented a new draft of the agreement',
  'it would take years to clear the mines from {place}',
  'its air defence units had destroyed {num} drones over {place}',
  'the fighting had stopped by the morning',
  'parliament would debate the proposal next week',
  '{mediator} would send humanitarian aid to {place}',
  'the new road to {place} would be completed by the end of the year',
];

/** Quoted statements, without final punctuation. */
export const QUOTES: readonly string[] = [
  'We are ready to continue negotiations, but not at the expense of our security',
  'There is no alternative to peace in our region',
  'Our forces are acting strictly within the norms of international law',
  'The other side bears full responsibility for what has happened',
  'We call on our partners to take a clear position',
  'The ceasefire must be respected by everyone, without exception',
  'We will not allow anyone to change the borders by force',
  'Civilians must never be a target',
  'The situation is difficult, but it is under control',
  'We have lost {num} of our soldiers in the past week alone',
  'This is a historic opportunity and it must not be missed',
  'The people of {place} have waited too long to go home',
  'Every day of delay costs lives',
  'We are open to any format that brings a lasting settlement',
  'Nobody wants a new war, but we are prepared to defend ourselves',
  'Those responsible will be held to account',
  'Our doors remain open to dialogue',
  'We have documented every violation and will present the evidence',
  'The region needs roads and railways, not new front lines',
  'We were woken by explosions at five in the morning',
  'Our children have not been to school for two weeks',
  'I do not know whether our house is still standing',
  'The humanitarian situation is getting worse every day',
  'We expect the mediators to act, not only to express concern',
  'We want guarantees, not promises',
  'The talks were frank and at times difficult',
  'There has been real progress on several points',
];

export const SAID: readonly string[] = ['said', 'said', 'said', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference', 'told lawmakers'];

export const ORDINALS: readonly string[] = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A background paragraph, used only in articles published from `from` (YYYY-MM) on. */
export interface Background {
  text: string;
  from?: string;
}

/**
 * Background paragraphs reused verbatim across many articles, as wire copy does. Keyed by the
 * story's background (see SIDES); 'any' fits every story.
 */
export const BACKGROUND: Readonly<Record<string, readonly Background[]>> = {
  karabakh: [
    { text: 'The dispute over the mountainous region dates back to the final years of the Soviet Union, when fighting between the two sides displaced hundreds of thousands of people.' },
    { text: 'A ceasefire agreed in 1994 froze the conflict for more than two decades, during which international mediators held regular talks without reaching a settlement.' },
    { text: 'Six weeks of fighting in the autumn of 2020 ended with a ceasefire deal under which Russian peacekeepers were deployed along the line of contact.', from: '2020-12' },
    { text: 'The mediation group co-chaired by France, Russia and the United States was set up in 1992 to find a peaceful solution, but its efforts stalled after 2020.', from: '2021-06' },
    { text: 'Several resolutions adopted by the UN Security Council in 1993 called for the withdrawal of forces from the occupied districts surrounding the region.' },
    { text: 'Both countries have accused each other of violating the truce, and sporadic clashes along their shared border have continued since the end of the war.', from: '2021-01' },
    { text: 'Talks on a peace treaty, delimitation of the border and the reopening of transport links have been held in several European capitals and in Washington.', from: '2022-06' },
    { text: 'Tens of thousands of people left the region in the autumn of 2023, after a one-day military operation that ended three decades of separatist rule.', from: '2023-11' },
  ],
  georgia: [
    { text: 'Russia recognised the independence of the two breakaway regions after a five-day war with Georgia in August 2008 and has kept troops there ever since.' },
    { text: 'The European Union deployed an unarmed monitoring mission along the administrative boundary lines after the 2008 war, but it has no access to the breakaway regions.' },
    { text: 'Talks on security and humanitarian issues have been held in Geneva since 2008, co-chaired by the EU, the OSCE and the United Nations.' },
  ],
  border: [
    { text: 'The land border between the two countries has been closed for most of the past three decades, and trade passes through third countries.' },
    { text: 'Officials from both sides have met several times since 2021 to discuss reopening the crossing, but no date has been set.', from: '2022-01' },
  ],
  any: [
    { text: 'The South Caucasus lies at the crossroads of energy and trade routes linking the Caspian Sea with Turkey and the European Union.' },
    { text: 'Rights groups have called on all sides to investigate reports of abuses against prisoners and civilians and to bring those responsible to justice.' },
    { text: 'International aid agencies say landmines and unexploded ordnance remain one of the biggest obstacles to the return of displaced people.' },
  ],
};

// --- Furniture ------------------------------------------------------------------------------

/** Publisher footers; each matches the ingest's publisher-disclaimer rule. `{outletName}` = the outlet. */
export const DISCLAIMERS: Readonly<Record<string, string>> = {
  'disclaimer-wire': '{outletName} website contains only a portion of the news stories offered to subscribers of its news service, and in summarized form. Please contact us for subscription options.',
  'disclaimer-standards': 'Our Standards: The {outletName} Trust Principles.',
  'disclaimer-copyright': 'Copyright {pubYear} {outletName}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'disclaimer-rights': '© {pubYear} {outletName}. All rights reserved.',
  'disclaimer-views': 'The views expressed in this article are those of the author and do not necessarily reflect the views of {outletName}.',
};

export const WRITING_CITIES: readonly string[] = ['Ankara', 'Istanbul', 'Baku', 'Yerevan', 'Tbilisi', 'Moscow', 'London', 'Paris', 'Washington'];

export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Reuters style in datelines. */
export const MONTHS_WIRE: readonly string[] = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const NUMBER_WORDS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen'];
