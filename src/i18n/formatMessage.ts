import type { Locale } from "../state/preferencesSlice";

/** A message: plain text, or one text per plural category of the count `n` (`other` always). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Values put into a message's `{name}` slots; `n` also picks the plural form. */
export type MessageVars = Readonly<Record<string, string | number>>;

const pluralRules: Record<Locale, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr-FR"),
  en: new Intl.PluralRules("en-GB"),
};

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR"),
  en: new Intl.NumberFormat("en-GB"),
};

/**
 * Fills a message for a language: picks the plural form for `vars.n` (Intl.PluralRules: in French
 * 0 and 1 are singular, in English only 1) and replaces every `{name}` with its value.
 */
export function formatMessage(locale: Locale, message: Message, vars?: MessageVars): string {
  const n = vars?.n;
  const text =
    typeof message === "string"
      ? message
      : (message[typeof n === "number" ? pluralRules[locale].select(n) : "other"] ?? message.other);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = vars[name];
    if (value === undefined) return slot;
    return typeof value === "number" ? numberFormats[locale].format(value) : value;
  });
}
