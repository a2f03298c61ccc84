/* eslint-disable no-restricted-imports -- a build script run by hand, not part of the engine */
/**
 * Writes the member reference data (`un-members.json`, `cd-members.json`, `eu-members.json`).
 * Run from the repository root: `npx tsx src/engine/data/make-members.ts`.
 *
 * - UN members: every state with a row in the session-69 (2014) roll calls of
 *   `../shared/history/votes/space_votes_1981_2014.csv`, renamed to the UN's English short names.
 * - CD members and groups: RECORD.md 3.2, in the order listed there (it decides the presidency,
 *   RECORD.md 3.3).
 * - EU member states: accession dates, for the states that were members at some point from 2008.
 */
// src/engine/tsconfig.json has no Node types, on purpose; there `node:fs` is untyped, so the two
// functions used are typed below (the root tsconfig and tsx see the real module).
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- see the comment above
// @ts-ignore -- see the comment above
import * as nodeFs from 'node:fs';

const fs = nodeFs as unknown as {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
};

/** Paths relative to the repository root, where the script is run from. */
const VOTES_CSV = '../shared/history/votes/space_votes_1981_2014.csv';
const OUT = 'src/engine/data/';

/** CSV `country_name` → the UN's English short name, where they differ. */
const UN_NAMES: Readonly<Record<string, string>> = {
  ATG: 'Antigua and Barbuda',
  BIH: 'Bosnia and Herzegovina',
  BOL: 'Bolivia (Plurinational State of)',
  BRN: 'Brunei Darussalam',
  CIV: "Côte d'Ivoire",
  COD: 'Democratic Republic of the Congo',
  COG: 'Congo',
  CPV: 'Cabo Verde',
  GBR: 'United Kingdom of Great Britain and Northern Ireland',
  IRN: 'Iran (Islamic Republic of)',
  KNA: 'Saint Kitts and Nevis',
  KOR: 'Republic of Korea',
  LAO: "Lao People's Democratic Republic",
  LCA: 'Saint Lucia',
  MDA: 'Republic of Moldova',
  MMR: 'Myanmar',
  PRK: "Democratic People's Republic of Korea",
  RUS: 'Russian Federation',
  STP: 'Sao Tome and Principe',
  SYR: 'Syrian Arab Republic',
  TTO: 'Trinidad and Tobago',
  TUR: 'Türkiye',
  TZA: 'United Republic of Tanzania',
  USA: 'United States of America',
  VCT: 'Saint Vincent and the Grenadines',
  VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam',
};

type CdGroup = 'G21' | 'WEOG' | 'EEG' | 'CHINA';

/** RECORD.md 3.2, verbatim: the 65 members in the listed order (it decides the presidency). */
const CD_LIST = `Algeria, Argentina, Australia, Austria, Bangladesh, Belarus, Belgium, Brazil, Bulgaria,
Cameroon, Canada, Chile, China, Colombia, Cuba, Democratic People's Republic of Korea, Democratic
Republic of the Congo, Ecuador, Egypt, Ethiopia, Finland, France, Germany, Hungary, India,
Indonesia, Iran, Iraq, Ireland, Israel, Italy, Japan, Kazakhstan, Kenya, Malaysia, Mexico,
Mongolia, Morocco, Myanmar, Netherlands, New Zealand, Nigeria, Norway, Pakistan, Peru, Poland,
Republic of Korea, Romania, Russian Federation, Senegal, Slovakia, South Africa, Spain, Sri Lanka,
Sweden, Switzerland, Syrian Arab Republic, Tunisia, Türkiye, Ukraine, United Kingdom, United
States, Venezuela, Viet Nam, Zimbabwe`;

/** RECORD.md 3.2, verbatim: the informal groups, with their sizes. */
const CD_GROUPS: Readonly<Record<CdGroup, readonly [number, string]>> = {
  EEG: [6, 'Belarus, Bulgaria, Kazakhstan, Romania, Russian Federation, Ukraine'],
  G21: [
    33,
    `Algeria, Bangladesh, Brazil, Cameroon, Chile, Colombia, Cuba, DPRK, DR Congo,
Ecuador, Egypt, Ethiopia, India, Indonesia, Iran, Iraq, Kenya, Malaysia, Mexico, Mongolia, Morocco,
Myanmar, Nigeria, Pakistan, Peru, Senegal, South Africa, Sri Lanka, Syria, Tunisia, Venezuela,
Viet Nam, Zimbabwe`,
  ],
  CHINA: [1, 'China'],
  WEOG: [
    25,
    `Argentina, Australia, Austria, Belgium,
Canada, Finland, France, Germany, Hungary, Ireland, Israel, Italy, Japan, Netherlands, New Zealand,
Norway, Poland, Republic of Korea, Slovakia, Spain, Sweden, Switzerland, Türkiye, United Kingdom,
United States`,
  ],
};

/** Names in RECORD.md 3.2 that are not the UN short name → ISO code. */
const CD_CODES: Readonly<Record<string, string>> = {
  DPRK: 'PRK',
  'DR Congo': 'COD',
  Iran: 'IRN',
  Syria: 'SYR',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Venezuela: 'VEN',
};

/** EU accession dates; `left` is the last day of membership (the UK left on 31 January 2020). */
const EU: readonly { code: string; joined: string; left?: string }[] = [
  ...['BEL', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD'].map((code) => ({ code, joined: '1958-01-01' })),
  ...['DNK', 'IRL'].map((code) => ({ code, joined: '1973-01-01' })),
  { code: 'GRC', joined: '1981-01-01' },
  ...['ESP', 'PRT'].map((code) => ({ code, joined: '1986-01-01' })),
  ...['AUT', 'FIN', 'SWE'].map((code) => ({ code, joined: '1995-01-01' })),
  ...['CYP', 'CZE', 'EST', 'HUN', 'LTU', 'LVA', 'MLT', 'POL', 'SVK', 'SVN'].map((code) => ({
    code,
    joined: '2004-05-01',
  })),
  ...['BGR', 'ROU'].map((code) => ({ code, joined: '2007-01-01' })),
  { code: 'HRV', joined: '2013-07-01' },
];
const EU_FORMER = [{ code: 'GBR', joined: '1973-01-01', left: '2020-01-31' }];

const collator = new Intl.Collator('en');

function fail(message: string): never {
  throw new Error(`make-members: ${message}`);
}

function readUnMembers(): { code: string; name: string }[] {
  const [header, ...lines] = fs.readFileSync(VOTES_CSV, 'utf8').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const at = (name: string): number => {
    const i = columns.indexOf(name);
    return i >= 0 ? i : fail(`column ${name} missing`);
  };
  const [session, code, name] = [at('session'), at('country_code'), at('country_name')];
  const byCode = new Map<string, string>();
  for (const line of lines) {
    const cells = line.split(',');
    if (cells.length !== columns.length) fail(`unexpected row: ${line}`);
    if (cells[session] !== '69') continue;
    const iso = cells[code] ?? '';
    byCode.set(iso, UN_NAMES[iso] ?? cells[name] ?? '');
  }
  if (byCode.size !== 193) fail(`expected 193 UN members in session 69, found ${byCode.size}`);
  return [...byCode]
    .map(([iso, n]) => ({ code: iso, name: n }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function names(list: string): string[] {
  return list.split(',').map((name) => name.replace(/\s+/g, ' ').trim());
}

function cdMembers(un: readonly { code: string; name: string }[]) {
  const byName = new Map(un.map((m) => [m.name, m.code]));
  const codeOf = (name: string): string =>
    CD_CODES[name] ?? byName.get(name) ?? fail(`no UN member named ${name}`);
  const groupOf = new Map<string, CdGroup>();
  for (const [group, [size, list]] of Object.entries(CD_GROUPS) as [CdGroup, [number, string]][]) {
    const codes = names(list).map(codeOf);
    if (codes.length !== size) fail(`group ${group}: expected ${size}, found ${codes.length}`);
    for (const code of codes) {
      if (groupOf.has(code)) fail(`${code} is in two groups`);
      groupOf.set(code, group);
    }
  }
  const members = names(CD_LIST).map((name) => {
    const code = codeOf(name);
    return { code, name, group: groupOf.get(code) ?? fail(`${name} is in no group`) };
  });
  if (members.length !== 65 || groupOf.size !== 65) fail(`expected 65 CD members`);
  members.forEach((m, i) => {
    const next = members[i + 1];
    if (next && collator.compare(m.name, next.name) >= 0) fail(`${next.name} out of order`);
  });
  return members;
}

/** One object per line, the way prettier keeps it. */
function write(file: string, rows: readonly object[]): void {
  const line = (row: object) =>
    `  { ${Object.entries(row)
      .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(', ')} }`;
  fs.writeFileSync(`${OUT}${file}`, `[\n${rows.map(line).join(',\n')}\n]\n`);
}

/**
 * Admissions to the United Nations since 2002 (the earliest year the game plays): Switzerland
 * and Timor-Leste in September 2002, Montenegro on 28 June 2006, South Sudan on 14 July 2011
 * (UN press releases of those dates; the roll calls of the record count 191, 192 and 193).
 */
const ADMITTED: Record<string, string> = {
  CHE: '2002-09-10',
  TLS: '2002-09-27',
  MNE: '2006-06-28',
  SSD: '2011-07-14',
};

const un = readUnMembers().map((member) =>
  ADMITTED[member.code] ? { ...member, joined: ADMITTED[member.code] } : member,
);
const eu = [...[...EU].sort((a, b) => a.code.localeCompare(b.code)), ...EU_FORMER];
if (eu.length !== 28) fail(`expected 28 EU member states since 2008, found ${eu.length}`);
write('un-members.json', un);
write('cd-members.json', cdMembers(un));
write('eu-members.json', eu);
