/**
 * Writes a gzip (`.gz`) and a brotli (`.br`) copy next to each compressible file of `dist/`, so a
 * static host that serves precompressed files (nginx `gzip_static`/`brotli_static`, Caddy
 * `precompressed`, Netlify, …) sends them without compressing on each request.
 * Run after the build (`npm run build` does it): `tsx scripts/compressDist.ts [dir]`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text and glTF binaries compress; images and fonts already are. */
const compressible = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".glb", ".wasm"]);
/** Below this a compressed copy saves less than a packet. */
const minBytes = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const dir = process.argv[2] ?? "dist";
let before = 0;
let after = 0;
for (const file of filesUnder(dir)) {
  if (!compressible.has(extname(file))) continue;
  const raw = readFileSync(file);
  if (raw.length < minBytes) continue;
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  writeFileSync(`${file}.br`, brotli);
  before += raw.length;
  after += brotli.length;
}
console.log(
  `compressDist: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB (brotli) in ${dir}`,
);
