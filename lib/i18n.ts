/**
 * Every string a reader sees comes from _locales/<lang>/messages.json through
 * browser.i18n, so a translation is a new file and no code change. Views get a
 * Translate function and never call the extension API themselves; the
 * entrypoints build it from browser.i18n.getMessage.
 */
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;
export type GetMessage = (name: string, substitutions?: string[]) => string;

/** Keys with plural forms, by their base: "listCount" for listCount_one, listCount_other and the forms a language adds. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/**
 * A count's message in the form its translation's language uses for that number (Intl.PluralRules: one, two, few,
 * many, other), with the count as the first substitution. Each translation names its language in "pluralLocale",
 * so the forms follow the words shown, and a form a translation lacks falls back to its "other".
 */
export function plural(t: Translate, key: PluralKey, count: number, ...substitutions: string[]): string {
  const subs = [String(count), ...substitutions];
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(t('pluralLocale'));
  } catch {
    // A translation without a valid language code still counts, by English rules.
    rules = new Intl.PluralRules('en');
  }
  const form = `${key}_${rules.select(count)}` as MessageKey;
  const text = t(form, ...subs);
  return text && text !== form ? text : t(`${key}_other` as MessageKey, ...subs);
}

/**
 * An extension page in the reader's language: its direction (right-to-left locales lay it out from the right; the
 * CSS uses logical properties throughout), its language and, when given, its title. Returns the page's translator.
 */
export function localisePage(doc: Document, getMessage: GetMessage, titleKey?: MessageKey): Translate {
  const t = translator(getMessage);
  doc.documentElement.dir = getMessage('@@bidi_dir') || 'ltr';
  doc.documentElement.lang = getMessage('@@ui_locale').replace('_', '-') || 'en';
  if (titleKey) doc.title = t(titleKey);
  return t;
}

/** A key with no message shows as the key itself, so a gap is visible in the UI instead of blank. */
export function translator(getMessage: GetMessage): Translate {
  return (key, ...substitutions) => getMessage(key, substitutions.length > 0 ? substitutions : undefined) || key;
}

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The browser's substitution rules, for code that runs outside a browser
 * (tests, scripts): named $PLACEHOLDER$s map to $1…$9, and "$$" is a dollar.
 */
export function formatMessage(entry: MessageEntry | undefined, substitutions: string[] = []): string {
  if (!entry) return '';
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
  return named.replace(/\$\$/g, '$');
}
