/**
 * Fixes the French typography of content files in place (issue 13): no-break spaces before
 * « : ; ! ? », inside « », between a number and its unit, between groups of digits. URLs, times,
 * identifiers and node names are left as they are. Only the strings change: the file keeps its
 * layout, then Biome formats it (a longer string may wrap differently).
 *
 *   npx tsx scripts/content/fixTypography.ts public/content/jobs.json [more files…]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fixTypography, stringsOf } from "../../src/content/contentRules";

function fixFile(file: string): number {
  let text = readFileSync(file, "utf8");
  const data = JSON.parse(text) as unknown;
  const changed = new Map<string, string>();
  for (const [, value] of stringsOf(data)) {
    const fixed = fixTypography(value);
    if (fixed !== value) changed.set(value, fixed);
  }
  // NOTE: a string is replaced where it is written, JSON-encoded, so the layout stays as it was.
  for (const [before, after] of changed) {
    text = text.split(JSON.stringify(before)).join(JSON.stringify(after));
  }
  JSON.parse(text);
  writeFileSync(file, text);
  return changed.size;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage : npx tsx scripts/content/fixTypography.ts <fichier.json> [autres…]");
  process.exitCode = 2;
} else {
  for (const file of files) {
    const count = fixFile(file);
    console.log(`${file} : ${count} texte${count > 1 ? "s" : ""} corrigé${count > 1 ? "s" : ""}`);
  }
  execFileSync("npx", ["biome", "format", "--write", ...files], { stdio: "inherit" });
}
