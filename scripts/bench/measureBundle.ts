import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The JavaScript the first view needs: the entry script and the modules it preloads (gzip bytes). */
export function firstLoadJs(distDir: string): { files: string[]; gzip: number } {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  return { files, gzip: files.reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0) };
}
