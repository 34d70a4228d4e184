/**
 * Fixes the French typography of the app's dictionaries in place, with the content's rules
 * (`fixTypography`: no-break spaces before « : ; ! ? », inside « », between a number and its unit).
 * Only the French messages change, where they are written; a no-break space is written as its
 * escape (`\u00a0`, `\u202f`), as the dictionaries do. `tests/dictionaries.test.ts` asks for it.
 *
 *   npx tsx scripts/content/fixDictionaryTypography.ts src/trades/tradeStrings.ts [more files…]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fixTypography } from "../../src/content/contentRules";

type Messages = Record<string, string | Record<string, string | undefined>>;

const isMessages = (value: unknown): value is Messages =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The French messages a dictionary module exports (`fr` beside `en`, or objects holding both). */
function frenchTextsOf(exports: Record<string, unknown>): Set<string> {
  const dictionaries: Messages[] = [];
  if (isMessages(exports.fr) && isMessages(exports.en)) dictionaries.push(exports.fr);
  for (const value of Object.values(exports)) {
    if (!isMessages(value)) continue;
    const { fr, en } = value as { fr?: unknown; en?: unknown };
    if (isMessages(fr) && isMessages(en)) dictionaries.push(fr);
  }
  const texts = new Set<string>();
  for (const dictionary of dictionaries)
    for (const message of Object.values(dictionary))
      for (const text of typeof message === "string" ? [message] : Object.values(message))
        if (text !== undefined) texts.add(text);
  return texts;
}

const escapeSpaces = (literal: string) =>
  literal.replaceAll("\u00a0", "\\u00a0").replaceAll("\u202f", "\\u202f");

async function fixFile(file: string): Promise<number> {
  const french = frenchTextsOf((await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>);
  let count = 0;
  const source = readFileSync(file, "utf8").replace(/"(?:[^"\\\n]|\\.)*"/g, (literal) => {
    let text: string;
    try {
      text = JSON.parse(literal) as string;
    } catch {
      return literal;
    }
    if (!french.has(text)) return literal;
    const fixed = fixTypography(text);
    if (fixed === text) return literal;
    count++;
    return escapeSpaces(JSON.stringify(fixed));
  });
  writeFileSync(file, source);
  return count;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage : npx tsx scripts/content/fixDictionaryTypography.ts <fichier Strings.ts> [autres…]");
  process.exitCode = 2;
} else {
  for (const file of files) {
    const count = await fixFile(file);
    console.log(`${file} : ${count} texte${count > 1 ? "s" : ""} corrigé${count > 1 ? "s" : ""}`);
  }
  execFileSync("npx", ["biome", "format", "--write", ...files], { stdio: "inherit" });
}
