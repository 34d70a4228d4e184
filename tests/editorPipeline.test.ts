import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Document, NodeIO } from "@gltf-transform/core";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { MeshoptEncoder } from "meshoptimizer";
import { beforeAll, describe, expect, it } from "vitest";
import { modelBudgets, validateCompanyModel } from "../scripts/models/validateModels";
import { companySchema, jobSchema } from "../src/content/schema";
import { type Draft, draftGaps, emptyDraft } from "../src/editor/draft";
import { exportDraft } from "../src/editor/exportDraft";
import {
  budgetHints,
  checkImportFiles,
  editorBudgets,
  ModelImportError,
  measureModel,
  modelTree,
  readModelFiles,
} from "../src/editor/modelDocument";
import { optimiseModel } from "../src/editor/optimiseModel";
import { editorTestIO, stripedPng, testFactoryDocument, testFactoryGlb } from "./fixtures/editorModels";

const jobs = jobSchema.array().parse(JSON.parse(readFileSync("public/content/jobs.json", "utf8")));
const jobIds = jobs.map((j) => j.id);
let io: NodeIO;

beforeAll(async () => {
  io = await editorTestIO();
});

/** What an officer fills in: one workshop, the three machines of the test model, a floor mesh. */
function describedDraft(): Draft {
  const draft = emptyDraft("usine.glb");
  draft.company = {
    name: "Presses de l’Huveaune",
    sector: "metallurgie",
    town: "Aubagne",
    lat: 43.29,
    lon: 5.57,
    description: "Une usine d’essai qui emboutit des pièces de tôle pour l’automobile.",
    headcount: 42,
    products: ["Pièces embouties"],
    transition: {
      theme: "energie",
      title: "Des presses moins gourmandes",
      text: "Les presses récupèrent l’énergie de freinage de leurs volants d’inertie, ce qui réduit la consommation électrique de l’atelier.",
    },
  };
  draft.workshops = [
    {
      id: "emboutissage",
      name: "Emboutissage",
      description: "L’atelier où la tôle prend forme.",
      floor: { kind: "node", node: "Sol" },
      viewpoint: { eye: [0, 6, 14], target: [0, 1, -2] },
      machines: [
        {
          id: "presse",
          name: "Presse",
          node: "Presse",
          description: "Une presse qui emboutit la tôle.",
          jobs: [jobIds[0] as string],
        },
        {
          id: "tour",
          name: "Tour",
          node: "Tour",
          description: "Un tour qui usine les axes.",
          jobs: [jobIds[1] as string],
        },
        {
          id: "robot",
          name: "Robot",
          node: "Robot",
          description: "Un robot qui soude les pièces.",
          jobs: [jobIds[2] as string],
        },
      ],
    },
  ];
  return draft;
}

describe("the editor's model pipeline", () => {
  it("reads a Draco-compressed glb, lists its nodes and measures it", async () => {
    const bytes = await testFactoryGlb({ draco: true });
    expect(new TextDecoder().decode(bytes)).toContain("KHR_draco_mesh_compression");
    const document = await readModelFiles(io, [{ name: "usine.glb", bytes }]);
    const names = modelTree(document).map((row) => row.name);
    expect(names).toEqual(
      expect.arrayContaining(["Bâtiment", "Sol", "Presse", "Presse socle", "Robot corps"]),
    );
    const budget = measureModel(document, bytes.byteLength, describedDraft());
    // 1 floor + 12 wall pieces + 3 machines × 2 parts, 12 triangles each.
    expect(budget.drawCalls).toBe(19);
    expect(budget.triangles).toBe(19 * 12);
    expect(budget.workshops).toEqual([
      { id: "emboutissage", name: "Emboutissage", drawCalls: 19, triangles: 228 },
    ]);
    expect(budgetHints(budget)).toEqual([]);
  });

  it("optimises, keeps the machines' names, and exports a zip the pack accepts", async () => {
    const bytes = await testFactoryGlb({ draco: true });
    const document = await readModelFiles(io, [{ name: "usine.glb", bytes }]);
    const draft = describedDraft();
    expect(draftGaps(draft)).toEqual([]);
    await MeshoptEncoder.ready;
    await optimiseModel(document, draft, { encoder: MeshoptEncoder });
    const optimised = await io.writeBinary(document);
    const reread = await readModelFiles(io, [{ name: "usine.glb", bytes: optimised }]);
    const names = modelTree(reread).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(["Presse", "Tour", "Robot", "Sol"]));
    const after = measureModel(reread, optimised.byteLength, draft);
    // The 12 wall pieces share a material: joined into one draw call; machines stay apart.
    expect(after.drawCalls).toBe(1 + 1 + 3 * 2);
    expect(after.triangles).toBe(228);

    const result = await exportDraft(io, optimised, draft, MeshoptEncoder);
    const files = unzipSync(result.zip);
    expect(Object.keys(files).sort()).toEqual([
      "content/company-presses-de-l-huveaune.json",
      "models/presses-de-l-huveaune.glb",
    ]);
    const company = companySchema.parse(
      JSON.parse(strFromU8(files["content/company-presses-de-l-huveaune.json"] as Uint8Array)),
    );
    expect(company.workshops[0]?.machines.map((m) => m.node)).toEqual([
      "machine:presse",
      "machine:tour",
      "machine:robot",
    ]);
    expect(company.workshops[0]?.viewpoint).toBe("viewpoint:emboutissage");
    // The pack's own model check: node names, glTF validity, budgets, hotspot rays.
    const publicDir = mkdtempSync(join(tmpdir(), "editor-pack-"));
    mkdirSync(join(publicDir, "models"));
    writeFileSync(join(publicDir, company.model), files[company.model] as Uint8Array);
    const problems = await validateCompanyModel(company, 0, pathToFileURL(`${publicDir}/`));
    expect(problems).toEqual([]);
  });

  it("add:company merges the zip into a copy of the pack, and check:content passes on it", async () => {
    const bytes = await testFactoryGlb({ draco: true });
    const document = await readModelFiles(io, [{ name: "usine.glb", bytes }]);
    const draft = describedDraft();
    await optimiseModel(document, draft, { encoder: MeshoptEncoder });
    const { zip, company } = await exportDraft(io, await io.writeBinary(document), draft, MeshoptEncoder);
    const dir = mkdtempSync(join(tmpdir(), "add-company-"));
    const pack = join(dir, "public");
    cpSync("public/content", join(pack, "content"), { recursive: true });
    cpSync("public/models", join(pack, "models"), { recursive: true });
    writeFileSync(join(dir, "usine.zip"), zip);
    const run = (zipFile: string) =>
      spawnSync("npx", ["tsx", "scripts/addCompany.ts", zipFile, "--public", pack], { encoding: "utf8" });
    const added = run(join(dir, "usine.zip"));
    expect(added.stdout).toMatch(/Contenu valide : 13 secteurs, 34 entreprises/);
    expect(added.status).toBe(0);
    const companies = JSON.parse(readFileSync(join(pack, "content/companies.json"), "utf8")) as {
      id: string;
    }[];
    expect(companies.at(-1)?.id).toBe(company.id);
    expect(readFileSync(join(pack, company.model)).byteLength).toBeGreaterThan(1000);
    // A zip whose company breaks the schema is refused, and the pack is left as it was.
    const broken = zipSync({
      [`content/company-${company.id}.json`]: strToU8(JSON.stringify({ ...company, lat: 12 })),
    });
    writeFileSync(join(dir, "broken.zip"), broken);
    const refused = run(join(dir, "broken.zip"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/n'est pas une entreprise valide/);
    expect(JSON.parse(readFileSync(join(pack, "content/companies.json"), "utf8"))).toHaveLength(
      companies.length,
    );
  }, 180_000);

  it("says which textures are too large, in French", async () => {
    const bytes = await testFactoryGlb({ textureSize: 2560 });
    const document = await readModelFiles(io, [{ name: "usine.glb", bytes }]);
    const budget = measureModel(document, bytes.byteLength, null);
    expect(budget.textures).toMatchObject([{ width: 2560, height: 2560, mimeType: "image/png" }]);
    const hints = budgetHints(budget).map((h) => h.message);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(
      /^Ce modèle a 1 texture de 2\s560\spx\s: Optimiser la réduira à 2\s048\spx en WebP\.$/,
    );
    const many = budgetHints({
      ...budget,
      drawCalls: 400,
      textures: Array.from({ length: 48 }, () => ({
        name: "t",
        mimeType: "image/png",
        width: 4096,
        height: 4096,
        bytes: 1,
      })),
    }).map((h) => h.message);
    expect(many[0]).toMatch(
      /Ce modèle a 48 textures de 4\s096\spx\s: Optimiser les réduira à 2\s048\spx en WebP/,
    );
    expect(many[1]).toMatch(/400 appels de dessin/);
  });

  it("reads a .gltf with its .bin and texture, and names what is missing", async () => {
    const document = testFactoryDocument({ textureSize: 64 });
    const { json, resources } = await new NodeIO().writeJSON(document);
    const gltf = { name: "usine.gltf", bytes: new TextEncoder().encode(JSON.stringify(json)) };
    const files = Object.entries(resources).map(([name, bytes]) => ({ name, bytes }));
    expect(files.map((f) => f.name).sort()).toEqual(["bardage.png", "buffer.bin"]);
    const read = await readModelFiles(io, [gltf, ...files]);
    expect(read.getRoot().listTextures()).toHaveLength(1);
    await expect(
      readModelFiles(io, [gltf, ...files.filter((f) => f.name !== "bardage.png")]),
    ).rejects.toThrow(/Il manque un fichier de ce modèle\s: bardage\.png/);
  });

  it("refuses bad input with a clear French message", async () => {
    const refuse = (files: { name: string; bytes: Uint8Array }[]) => readModelFiles(io, files);
    await expect(refuse([{ name: "plan.pdf", bytes: new Uint8Array(10) }])).rejects.toThrow(
      /n’est pas un modèle glTF/,
    );
    await expect(
      refuse([{ name: "faux.glb", bytes: new TextEncoder().encode("bonjour, je ne suis pas un glb") }]),
    ).rejects.toThrow(/n’est pas un vrai fichier \.glb/);
    const good = await testFactoryGlb();
    await expect(refuse([{ name: "coupé.glb", bytes: good.slice(0, 400) }])).rejects.toThrow(
      /abîmé ou incomplet/,
    );
    const empty = new Document();
    empty.getRoot().setDefaultScene(empty.createScene("vide"));
    empty.createNode("rien");
    await expect(refuse([{ name: "vide.glb", bytes: await io.writeBinary(empty) }])).rejects.toThrow(
      /aucun maillage/,
    );
    expect(() => checkImportFiles([{ name: "énorme.glb", size: 300 * 1024 * 1024 }])).toThrow(
      ModelImportError,
    );
    expect(() => checkImportFiles([{ name: "énorme.glb", size: 300 * 1024 * 1024 }])).toThrow(/pèse 300\sMo/);
    expect(stripedPng(4).byteLength).toBeGreaterThan(40);
  });

  it("holds the same budgets as check:content", () => {
    expect(editorBudgets.fileBytes).toBe(modelBudgets.fileBytes);
    expect(editorBudgets.drawCallsPerWorkshop).toBe(modelBudgets.drawCallsPerWorkshop);
    expect(editorBudgets.trianglesPerWorkshop).toBe(modelBudgets.trianglesPerWorkshop);
  });
});
