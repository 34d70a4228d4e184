import type { Locale } from "../state/preferencesSlice";

/** A message: plain text, or one text per plural category of the count `n` (`other` always). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Values put into a message's `{name}` slots; `n` also picks the plural form. */
export type MessageVars = Readonly<Record<string, string | number>>;

const tags: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

// NOTE: made on first use, per language: creating Intl objects loads the browser's locale data,
// which the entry script should not pay for a language the page may never format a number in.
const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};
const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

function pluralRulesOf(locale: Locale): Intl.PluralRules {
  pluralRules[locale] ??= new Intl.PluralRules(tags[locale]);
  return pluralRules[locale];
}

function numberFormatOf(locale: Locale): Intl.NumberFormat {
  numberFormats[locale] ??= new Intl.NumberFormat(tags[locale]);
  return numberFormats[locale];
}

/**
 * Fills a message for a language: picks the plural form for `vars.n` (Intl.PluralRules: in French
 * 0 and 1 are singular, in English only 1) and replaces every `{name}` with its value.
 */
export function formatMessage(locale: Locale, message: Message, vars?: MessageVars): string {
  const n = vars?.n;
  const text =
    typeof message === "string"
      ? message
      : (message[typeof n === "number" ? pluralRulesOf(locale).select(n) : "other"] ?? message.other);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = vars[name];
    if (value === undefined) return slot;
    return typeof value === "number" ? numberFormatOf(locale).format(value) : value;
  });
}
