import type { Locale } from "../state/preferencesSlice";
import type { Message } from "./formatMessage";

/** A feature's dictionary: the same keys in every language the app speaks. */
export type Messages<K extends string> = Record<Locale, Record<K, Message>>;

/**
 * A feature's dictionary from its French and its English: English must have every French key and
 * no other (the compiler says which is missing), and `tests/dictionaries.test.ts` checks again at
 * run time, with the `{slots}` of each message.
 */
export function defineMessages<const K extends string>(
  fr: Record<K, Message>,
  en: Record<NoInfer<K>, Message>,
): Messages<K> {
  return { fr, en };
}
