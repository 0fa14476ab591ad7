/**
 * Other romanisations of a name to search for. Wikidata's search knows labels
 * and aliases, not transliteration, so "Maks Boqaev" finds nothing while
 * "Max Bokayev" finds the activist. The rules are the general differences
 * between transliteration systems (RFE/RL's Kazakh-style q and zh, the English
 * press's y-glide and ss, ks written x), never a table of names. Every variant
 * keeps the detection key (translitKey) of the original, so a variant is the
 * same name to detection, and the list stays short because each is a request.
 */
import anyAscii from 'any-ascii';
import { translitKey } from '../names/translit-key';

/** Each variant may cost one search request; eight is the most a name is worth. */
export const MAX_VARIANTS = 8;

interface Rule {
  from: RegExp;
  to: string;
}

// Each rule rewrites toward the other common spelling; "to" keeps the case of the first matched letter.
const RULES: Rule[] = [
  { from: /q/gi, to: 'k' }, // Qasym, Toqaev
  { from: /(?<=[aeiou])ev\b/gi, to: 'yev' }, // Nazarbaev, Bokaev
  { from: /(?<=[aeiou])yev\b/gi, to: 'ev' }, // the reverse: Nazarbayev
  { from: /zh/gi, to: 'j' }, // Zhomart, as in French-style spellings
  { from: /ks(?=\b|[^aeiouy])/gi, to: 'x' }, // Maks, Aleksandr
  { from: /x/gi, to: 'ks' }, // Max
  { from: /(?<=[aeiouy])s(?=[aeiouy])/gi, to: 'ss' }, // Kasym: s between vowels doubled to keep it unvoiced
  { from: /(?<=[aeiou])ss(?=[aeiouy])/gi, to: 's' }, // the reverse: Kassym
  { from: /iy\b/gi, to: 'y' }, // Zelenskiy, Yuriy
  { from: /\bE(?=[a-z])/g, to: 'Ye' }, // Erlan, Yerlan (capitalised: only at the start of a name)
];

function keepCase(matched: string, replacement: string): string {
  const first = matched[0] ?? '';
  return first !== first.toLowerCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}

function apply(name: string, rules: readonly Rule[]): string {
  return rules.reduce((value, rule) => value.replace(rule.from, (m) => keepCase(m, rule.to)), name);
}

/** The rules that change this name, in order; a rule and its reverse are never both kept. */
function applicable(name: string): Rule[] {
  return RULES.filter((rule) => {
    rule.from.lastIndex = 0;
    return rule.from.test(name);
  });
}

/** Latin script for names in Cyrillic or other scripts; Latin names are left as they are. */
function inLatin(name: string): string {
  return /^[\p{Script=Latin}\p{M}\s\-'’.]+$/u.test(name) ? name : anyAscii(name);
}

/**
 * The original name first, then the name with every applicable rule, then with
 * all but one, then with one; at most MAX_VARIANTS, all sharing the original's key.
 */
export function spellingVariants(name: string): string[] {
  const original = name.trim();
  if (!original) return [];
  const latin = inLatin(original);
  const rules = applicable(latin);
  const tries = [
    original,
    latin,
    apply(latin, rules),
    ...rules.map((_, i) => apply(latin, rules.toSpliced(i, 1))),
    ...rules.map((rule) => apply(latin, [rule])),
  ];
  const key = translitKey(original);
  const variants: string[] = [];
  for (const candidate of tries) {
    if (variants.length >= MAX_VARIANTS) break;
    if (variants.includes(candidate)) continue;
    if (candidate === original || translitKey(candidate) === key) variants.push(candidate);
  }
  return variants;
}
