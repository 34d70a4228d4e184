import { describe, expect, it } from "vitest";
import { typographyFaults } from "../src/content/contentRules";
import { frenchFaults } from "../src/content/frenchRules";
import type { Message } from "../src/i18n/formatMessage";
import { quizQuestions } from "../src/trades/quizQuestions";

/**
 * Every dictionary of the app (`src/i18n/strings.ts` and each feature's `*Strings.ts`) has every
 * key in both languages, each message filled, with the same `{slots}` in French and English, and
 * every plural message its `other` form (issue 27: the English editor showed French).
 */

type Dictionary = Record<string, Message>;

const modules = import.meta.glob<Record<string, unknown>>(
  ["../src/**/*Strings.ts", "../src/i18n/strings.ts"],
  {
    eager: true,
  },
);

function isDictionary(value: unknown): value is Dictionary {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `{fr, en}` pairs a module exports: an object holding both, or `fr` and `en` exported side by side. */
function pairsOf(file: string, exports: Record<string, unknown>): Array<[string, Dictionary, Dictionary]> {
  const pairs: Array<[string, Dictionary, Dictionary]> = [];
  if (isDictionary(exports.fr) && isDictionary(exports.en)) pairs.push([file, exports.fr, exports.en]);
  for (const [name, value] of Object.entries(exports)) {
    if (!isDictionary(value)) continue;
    const { fr, en } = value as { fr?: unknown; en?: unknown };
    if (isDictionary(fr) && isDictionary(en)) pairs.push([`${file} ${name}`, fr, en]);
  }
  return pairs;
}

/** Each dictionary module's source, to see how it is built. */
const sources = import.meta.glob<string>(["../src/**/*Strings.ts", "../src/i18n/strings.ts"], {
  eager: true,
  query: "?raw",
  import: "default",
});

const dictionaries = Object.entries(modules).flatMap(([file, exports]) => pairsOf(file, exports));

function textsOf(message: Message): string[] {
  return typeof message === "string" ? [message] : Object.values(message).filter((t) => t !== undefined);
}

function slotsOf(message: Message): string[] {
  return [...new Set(textsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .filter((slot): slot is string => slot !== undefined)
    .sort();
}

describe("the app's dictionaries", () => {
  it("are all found (the shared strings and every feature's)", () => {
    const files = new Set(dictionaries.map(([name]) => name.split(" ")[0]));
    for (const expected of [
      "../src/i18n/strings.ts",
      "../src/editor/editorStrings.ts",
      "../src/trades/tradeStrings.ts",
      "../src/live/liveStrings.ts",
      "../src/live/guestStrings.ts",
      "../src/live/slotStrings.ts",
      "../src/season/seasonStrings.ts",
    ]) {
      expect(files).toContain(expected);
    }
    expect(dictionaries.length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(sources))("%s is built with defineMessages(fr, en)", (_file, source) => {
    expect(source).toMatch(/\bdefineMessages(<[^>]*>)?\(/);
  });

  it.each(dictionaries)(
    "%s: every key in French and English, filled, with the same slots",
    (_name, fr, en) => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
      for (const key of Object.keys(fr)) {
        const french = fr[key] as Message;
        const english = en[key] as Message;
        for (const message of [french, english]) {
          if (typeof message !== "string") expect(message.other, key).toBeTruthy();
          for (const text of textsOf(message)) expect(text.trim().length, key).toBeGreaterThan(0);
        }
        expect(slotsOf(english), key).toEqual(slotsOf(french));
      }
    },
  );

  it.each(dictionaries)(
    "%s: French uses the typographic apostrophe and the content's French rules",
    (_name, fr) => {
      for (const [key, message] of Object.entries(fr)) {
        for (const text of textsOf(message)) {
          expect(text.includes("'") ? `${key}: « ${text} »` : "", "’ (U+2019), not '").toBe("");
          expect(frenchFaults(text), key).toEqual([]);
          // The content's typography too (no-break spaces before « : ; ! ? » and inside « »):
          // `npx tsx scripts/content/fixDictionaryTypography.ts <file>` fixes a dictionary.
          expect(typographyFaults(text), `${key}: « ${text} »`).toEqual([]);
        }
      }
    },
  );

  it("the quiz's questions and answers (French UI text outside a dictionary) use ’ too", () => {
    const texts = quizQuestions.flatMap((q) => [q.prompt, ...q.answers.map((a) => a.label)]);
    expect(texts.filter((text) => text.includes("'"))).toEqual([]);
  });
});
