/**
 * `npm run lint:layers`: rewrites biome.json's import rules from the layer table
 * (`scripts/layers/layerTable.ts`), keeping its other overrides, and formats the file.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isLayerOverride, layerOverrides } from "./layerRules";

const root = join(import.meta.dirname, "../..");
const file = join(root, "biome.json");
const config = JSON.parse(readFileSync(file, "utf8")) as { overrides?: unknown[] };
const others = (config.overrides ?? []).filter((override) => !isLayerOverride(override));
const layers = layerOverrides();
config.overrides = [...others, ...layers];
writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", "biome.json"], {
  cwd: root,
  stdio: "inherit",
});
console.log(`lint:layers: ${layers.length} layer rules written to biome.json`);
