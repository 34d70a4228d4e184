import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Puts a bench's section into bench/results.md: the section that starts with `heading` (up to the
 * next `## `) is replaced, or the section is added at the end. Returns the file's path.
 */
export function writeResultsSection(heading: string, section: string): string {
  const file = new URL("../../bench/results.md", import.meta.url).pathname;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# L'Usine Extraordinaire — bench\n";
  const start = current.indexOf(heading);
  let updated: string;
  if (start < 0) updated = `${current.trimEnd()}\n\n${section}`;
  else {
    const after = current.indexOf("\n## ", start + 3);
    updated = current.slice(0, start) + section + (after < 0 ? "" : current.slice(after + 1));
  }
  writeFileSync(file, updated.endsWith("\n") ? updated : `${updated}\n`);
  return file;
}
