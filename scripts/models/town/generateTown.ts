import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import validator from "gltf-validator";
import { townModelPath } from "../../../src/content/modelContract/townModelPath";
import { projectRoot } from "../contentFiles";
import { loadGlbInNode } from "../loadGlbInNode";
import { countDrawLoad } from "../validateModels";
import { buildTownGlb, type TownSector } from "./townModel";

/**
 * Writes public/models/town.glb from public/content/sectors.json and checks it with
 * gltf-validator. Returns a one-line summary (size, draw calls, triangles); throws on an invalid model.
 */
export async function writeTownModel(root = projectRoot): Promise<string> {
  const sectors = JSON.parse(
    await readFile(path.join(root, "public/content/sectors.json"), "utf8"),
  ) as TownSector[];
  const bytes = await buildTownGlb(sectors);
  const report = await validator.validateBytes(bytes, { maxIssues: 50 });
  const errors = report.issues.messages.filter((m) => m.severity === 0);
  if (errors.length > 0) {
    const first = errors
      .slice(0, 5)
      .map((e) => `${e.code} ${e.pointer ?? ""} ${e.message}`)
      .join("\n  ");
    throw new Error(`${townModelPath}: ${errors.length} erreurs glTF\n  ${first}`);
  }
  const file = path.join(root, "public", townModelPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  const load = countDrawLoad((await loadGlbInNode(bytes)).scene);
  return `${townModelPath}  ${(bytes.byteLength / 1024).toFixed(0)} KB, ${load.drawCalls} draw calls, ${load.triangles} triangles (an instanced tree counted once)`;
}

// `npm run models:town` (`npm run models` writes it too, after the companies' models).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(await writeTownModel());
