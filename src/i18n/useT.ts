import { useMemo } from "react";
import { useStore } from "../state/store";
import type { Messages } from "./defineMessages";
import { formatMessage, type MessageVars } from "./formatMessage";
import { type StringKey, sharedStrings } from "./strings";

/** Looks a key up in the current language and fills it: `t("tourStops", { n: 3 })`. */
export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/**
 * The current language's lookup for a feature's own dictionary (French and English with the same
 * keys), so that features keep their strings beside their code.
 */
export function useDictionary<K extends string>(dictionaries: Messages<K>): Translate<K> {
  const locale = useStore((s) => s.locale);
  const dictionary = dictionaries[locale];
  return (key, vars) => formatMessage(locale, dictionary[key], vars);
}

/** The current language's lookup for the shared strings (`strings.ts`). */
export function useT(): Translate<StringKey> {
  return useDictionary(sharedStrings);
}

/** Formats euros the way the current language writes them. */
export function useFormatEuros(): (amount: number) => string {
  const locale = useStore((s) => s.locale);
  // NOTE: one formatter per language, not per render (making an Intl object is not cheap).
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0,
    });
    return (amount: number) => format.format(amount);
  }, [locale]);
}
