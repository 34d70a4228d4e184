/**
 * `npm run bench:modeles`: every shipped model (the companies' and the town) built at each
 * meshopt level, with the bytes a visitor downloads: the .glb, and its brotli copy (what
 * `npm start` sends to a browser that accepts it, `scripts/compressDist.ts`). Prints a Markdown
 * table for bench/results.md. Same input, same bytes: the figures do not depend on the machine.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { buildCompanyGlb } from "../models/companyModel";
import { projectRoot, readCompanies, readPortraits, readSectorColors } from "../models/contentFiles";
import type { MeshoptLevel } from "../models/modelCompression";
import { sectorColorOf } from "../models/sectorColor";
import { buildTownGlb, type TownSector } from "../models/town/townModel";
import { castWorkers } from "../models/workers/cast";

const levels: MeshoptLevel[] = ["medium", "high"];

const brotli = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const companies = await readCompanies();
const colors = await readSectorColors();
const roles = castWorkers(companies, await readPortraits());
const sectors = JSON.parse(
  await readFile(path.join(projectRoot, "public/content/sectors.json"), "utf8"),
) as TownSector[];

const builds: { name: string; build: (level: MeshoptLevel) => Promise<Uint8Array> }[] = [
  ...companies.map((company) => ({
    name: company.id,
    build: (level: MeshoptLevel) =>
      buildCompanyGlb(company, sectorColorOf(company.sector, colors), { roles, compression: level }),
  })),
  { name: "town", build: (level: MeshoptLevel) => buildTownGlb(sectors, level) },
];

const totals = levels.map(() => ({ glb: 0, br: 0 }));
console.log(`| model | ${levels.map((l) => `${l} .glb KiB | ${l} brotli KiB`).join(" | ")} | brotli saved |`);
console.log(`|---|${levels.map(() => "---:|---:").join("|")}|---:|`);
for (const { name, build } of builds) {
  const sizes = [];
  for (const [i, level] of levels.entries()) {
    const bytes = await build(level);
    const size = { glb: bytes.byteLength, br: brotli(bytes) };
    sizes.push(size);
    const total = totals[i] as { glb: number; br: number };
    total.glb += size.glb;
    total.br += size.br;
  }
  const first = sizes[0] as { br: number };
  const last = sizes.at(-1) as { br: number };
  console.log(
    `| ${name} | ${sizes.map((s) => `${kb(s.glb)} | ${kb(s.br)}`).join(" | ")} | ${(100 * (1 - last.br / first.br)).toFixed(0)} % |`,
  );
}
const first = totals[0] as { br: number };
const last = totals.at(-1) as { br: number };
console.log(
  `| **all ${builds.length}** | ${totals.map((s) => `${kb(s.glb)} | ${kb(s.br)}`).join(" | ")} | ${(100 * (1 - last.br / first.br)).toFixed(0)} % |`,
);
