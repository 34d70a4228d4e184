import { formatMessage, type MessageVars } from "../i18n/formatMessage";
import type { Locale } from "../state/preferencesSlice";
import { type EditorStringKey, editorStrings } from "./editorStrings";

/**
 * A message of the editor's pipeline (import, budgets, gaps) as a key of its dictionary and the
 * values to put in it, so that the page says it in the visitor's language (issue 27): the pipeline
 * never writes a sentence itself.
 */
export interface EditorMessage {
  key: EditorStringKey;
  vars?: MessageVars;
}

/** The message in `locale`. */
export function editorText(locale: Locale, message: EditorMessage): string {
  return formatMessage(locale, editorStrings[locale][message.key], message.vars);
}

/** Megabytes to one decimal, as a number (each language writes its own decimal sign). */
export function megabytesOf(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
