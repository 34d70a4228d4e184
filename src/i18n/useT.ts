import { useStore } from "../state/store";
import { type Dictionary, en, fr, type StringKey } from "./strings";

const dictionaries: Record<"fr" | "en", Dictionary> = { fr, en };

/** The current language's string lookup. */
export function useT(): (key: StringKey) => string {
  const locale = useStore((s) => s.locale);
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/** Formats euros the way the current language writes them. */
export function useFormatEuros(): (amount: number) => string {
  const locale = useStore((s) => s.locale);
  const format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  return (amount) => format.format(amount);
}
