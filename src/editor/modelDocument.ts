import { type Document, type Node, type PlatformIO, Primitive, type Scene } from "@gltf-transform/core";
import { EXTMeshoptCompression, KHRDracoMeshCompression } from "@gltf-transform/extensions";
import { clearNodeParent } from "@gltf-transform/functions";
import {
  floorNodeName,
  machineNodeName,
  viewpointNodeName,
  workshopNodeName,
} from "../content/modelContract/nodeNames";
import type { MessageVars } from "../i18n/formatMessage";
import type { Locale } from "../state/preferencesSlice";
import { type Draft, type DraftWorkshop, draftMachines } from "./draft";
import { type EditorMessage, editorText, megabytesOf } from "./editorMessage";
import type { EditorStringKey } from "./editorStrings";

/**
 * The model side of the editor, without React or the DOM: reading what the officer dropped,
 * the node tree, the budgets, and writing the draft's names into the model. Runs in the browser
 * (WebIO) and in node (NodeIO, for the tests) alike.
 */

/** A file as dropped or chosen: its name and its bytes. */
export interface ModelFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A model refused, with what the officer reads: `text`, a key of the editor's dictionary said in
 * the page's language; `message` is its French wording (logs, tests).
 */
export class ModelImportError extends Error {
  override name = "ModelImportError";
  readonly text: EditorMessage;
  constructor(key: EditorStringKey, vars?: MessageVars) {
    const text: EditorMessage = vars === undefined ? { key } : { key, vars };
    super(editorText("fr", text));
    this.text = text;
  }
}

/** Above this, a file is refused before being read: the browser would choke on it. */
export const maxImportBytes = 150 * 1024 * 1024;

/** Refuses by name and size only, before any byte is read. */
export function checkImportFiles(files: readonly { name: string; size: number }[]): void {
  if (files.length === 0) throw new ModelImportError("importNoFile");
  const model = files.find((f) => /\.(glb|gltf)$/i.test(f.name));
  if (!model) {
    const names = files.map((f) => f.name).join(", ");
    throw new ModelImportError("importNotGltf", { names });
  }
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > maxImportBytes) {
    throw new ModelImportError("importTooHeavy", {
      size: megabytesOf(total),
      max: megabytesOf(maxImportBytes),
    });
  }
}

const baseName = (uri: string) => {
  const clean = uri.split(/[?#]/, 1)[0] ?? uri;
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // keep as written
  }
  return decoded.split("/").pop() ?? decoded;
};

const glbMagic = 0x46546c67; // "glTF"

/**
 * Reads dropped files into a glTF-Transform document: a `.glb`, or a `.gltf` with its `.bin` and
 * textures. Draco and meshopt geometry is decoded (the io must have the decoders registered), and
 * the compression extensions are dropped so the working copy is plain.
 */
export async function readModelFiles(io: PlatformIO, files: readonly ModelFile[]): Promise<Document> {
  checkImportFiles(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
  const glb = files.find((f) => /\.glb$/i.test(f.name));
  const gltf = files.find((f) => /\.gltf$/i.test(f.name));
  let document: Document;
  if (glb) {
    const view = new DataView(glb.bytes.buffer, glb.bytes.byteOffset, glb.bytes.byteLength);
    if (glb.bytes.byteLength < 20 || view.getUint32(0, true) !== glbMagic) {
      throw new ModelImportError("importNotGlb", { name: glb.name });
    }
    document = await readOrExplain(() => io.readBinary(glb.bytes), glb.name);
  } else if (gltf) {
    let json: { buffers?: { uri?: string }[]; images?: { uri?: string }[] };
    try {
      json = JSON.parse(new TextDecoder().decode(gltf.bytes));
    } catch {
      throw new ModelImportError("importNotJson", { name: gltf.name });
    }
    const byName = new Map(files.map((f) => [f.name, f.bytes]));
    const uris = [...(json.buffers ?? []), ...(json.images ?? [])]
      .map((entry) => entry.uri)
      .filter((uri): uri is string => typeof uri === "string" && !uri.startsWith("data:"));
    const missing = [...new Set(uris.map(baseName))].filter((name) => !byName.has(name));
    if (missing.length > 0) {
      throw new ModelImportError("importMissing", { n: missing.length, files: missing.join(", ") });
    }
    const resources: Record<string, Uint8Array<ArrayBuffer>> = {};
    for (const uri of uris) resources[uri] = byName.get(baseName(uri)) as Uint8Array<ArrayBuffer>;
    document = await readOrExplain(() => io.readJSON({ json: json as never, resources }), gltf.name);
  } else {
    throw new ModelImportError("importNoModel");
  }
  for (const extension of document.getRoot().listExtensionsUsed()) {
    const name = extension.extensionName;
    if (name === KHRDracoMeshCompression.EXTENSION_NAME || name === EXTMeshoptCompression.EXTENSION_NAME) {
      extension.dispose();
    }
  }
  if (
    !document
      .getRoot()
      .listMeshes()
      .some((mesh) => mesh.listPrimitives().length > 0)
  ) {
    throw new ModelImportError("importNoMesh");
  }
  nameNodesUniquely(document);
  return document;
}

async function readOrExplain(read: () => Promise<Document>, name: string): Promise<Document> {
  try {
    return await read();
  } catch (error) {
    throw new ModelImportError("importBroken", { name, detail: (error as Error).message });
  }
}

/** Gives every node a name, unique in the model, so the draft can point at nodes by name. */
export function nameNodesUniquely(document: Document): void {
  const seen = new Set<string>();
  document
    .getRoot()
    .listNodes()
    .forEach((node, index) => {
      let name = node.getName().trim() || node.getMesh()?.getName().trim() || `objet-${index + 1}`;
      if (seen.has(name)) {
        let n = 2;
        while (seen.has(`${name}.${n}`)) n += 1;
        name = `${name}.${n}`;
      }
      seen.add(name);
      node.setName(name);
    });
}

/** One row of the model's tree, as shown beside the viewer. */
export interface TreeRow {
  name: string;
  depth: number;
  /** The mesh's name when the node draws one, else null (a group, a camera…). */
  mesh: string | null;
  triangles: number;
}

function sceneOf(document: Document): Scene {
  const root = document.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (scene) return scene;
  const created = document.createScene("Scene");
  root.setDefaultScene(created);
  return created;
}

/** The nodes of the model's scene, depth first, with what each draws. */
export function modelTree(document: Document): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (node: Node, depth: number) => {
    const mesh = node.getMesh();
    rows.push({
      name: node.getName(),
      depth,
      mesh: mesh ? mesh.getName() || node.getName() : null,
      triangles: mesh ? mesh.listPrimitives().reduce((n, p) => n + primitiveTriangles(p), 0) : 0,
    });
    for (const child of node.listChildren()) visit(child, depth + 1);
  };
  for (const node of sceneOf(document).listChildren()) visit(node, 0);
  return rows;
}

function primitiveTriangles(primitive: Primitive): number {
  const count = primitive.getIndices()?.getCount() ?? primitive.getAttribute("POSITION")?.getCount() ?? 0;
  const mode = primitive.getMode();
  if (mode === Primitive.Mode.TRIANGLES) return Math.floor(count / 3);
  if (mode === Primitive.Mode.TRIANGLE_STRIP || mode === Primitive.Mode.TRIANGLE_FAN)
    return Math.max(0, count - 2);
  return 0;
}

/** Draw calls (one per primitive drawn) and triangles under `nodes`. */
function drawLoad(
  nodes: readonly Node[],
  skip: (node: Node) => boolean,
): { drawCalls: number; triangles: number } {
  let drawCalls = 0;
  let triangles = 0;
  const visit = (node: Node) => {
    if (skip(node)) return;
    for (const primitive of node.getMesh()?.listPrimitives() ?? []) {
      drawCalls += 1;
      triangles += primitiveTriangles(primitive);
    }
    for (const child of node.listChildren()) visit(child);
  };
  for (const node of nodes) visit(node);
  return { drawCalls, triangles };
}

/** Limits from the product design (same as `scripts/models/validateModels.ts`): a school PC, one view. */
export const editorBudgets = {
  fileBytes: 1.5 * 1024 * 1024,
  drawCallsPerWorkshop: 150,
  trianglesPerWorkshop: 300_000,
  textureSize: 2048,
} as const;

export interface TextureStat {
  name: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

export interface WorkshopLoad {
  id: string;
  name: string;
  drawCalls: number;
  triangles: number;
}

/** What the model costs a visitor's computer, measured on the working model. */
export interface ModelBudget {
  bytes: number;
  drawCalls: number;
  triangles: number;
  /** What one workshop's view draws: the whole model but the other workshops' machines. */
  workshops: WorkshopLoad[];
  textures: TextureStat[];
}

/** Measures the model against the budgets; `bytes` is the size of the file the visit would load. */
export function measureModel(document: Document, bytes: number, draft: Draft | null): ModelBudget {
  const scene = sceneOf(document);
  const all = drawLoad(scene.listChildren(), () => false);
  const workshops = (draft?.workshops ?? []).map((workshop) => {
    const others = new Set(
      (draft?.workshops ?? [])
        .filter((w) => w !== workshop)
        .flatMap((w) => [...w.machines.map((m) => m.node), ...w.machines.map((m) => machineNodeName(m.id))]),
    );
    const load = drawLoad(scene.listChildren(), (node) => others.has(node.getName()));
    return { id: workshop.id, name: workshop.name, ...load };
  });
  const textures = document
    .getRoot()
    .listTextures()
    .map((texture, index) => {
      const [width, height] = texture.getSize() ?? [0, 0];
      return {
        name: texture.getName() || texture.getURI() || `texture ${index + 1}`,
        mimeType: texture.getMimeType(),
        width,
        height,
        bytes: texture.getImage()?.byteLength ?? 0,
      };
    });
  return { bytes, ...all, workshops, textures };
}

/** A budget overrun, with what to do about it, in the page's language. */
export interface BudgetHint {
  kind: "bytes" | "drawCalls" | "triangles" | "textures";
  /** What the officer reads. */
  message: string;
}

/** One plain hint per overrun of `budget`, in `locale` (French unless told). */
export function budgetHints(budget: ModelBudget, locale: Locale = "fr"): BudgetHint[] {
  const hints: BudgetHint[] = [];
  const say = (kind: BudgetHint["kind"], key: EditorStringKey, vars: MessageVars) =>
    hints.push({ kind, message: editorText(locale, { key, vars }) });
  const big = budget.textures.filter((t) => Math.max(t.width, t.height) > editorBudgets.textureSize);
  if (big.length > 0) {
    const sizes = [...new Set(big.map((t) => Math.max(t.width, t.height)))].sort((a, b) => b - a);
    say("textures", sizes.length === 1 ? "hintTextures" : "hintTexturesUpTo", {
      n: big.length,
      size: sizes[0] ?? 0,
      max: editorBudgets.textureSize,
    });
  }
  if (budget.bytes > editorBudgets.fileBytes) {
    say("bytes", "hintBytes", { size: megabytesOf(budget.bytes), max: megabytesOf(editorBudgets.fileBytes) });
  }
  const views = budget.workshops.length > 0 ? budget.workshops : [{ id: "", name: "", ...budget }];
  for (const view of views) {
    if (view.drawCalls > editorBudgets.drawCallsPerWorkshop) {
      say("drawCalls", view.name ? "hintDrawCallsWorkshop" : "hintDrawCallsModel", {
        name: view.name,
        n: view.drawCalls,
        max: editorBudgets.drawCallsPerWorkshop,
      });
    }
    if (view.triangles > editorBudgets.trianglesPerWorkshop) {
      say("triangles", view.name ? "hintTrianglesWorkshop" : "hintTrianglesModel", {
        name: view.name,
        n: view.triangles,
        max: editorBudgets.trianglesPerWorkshop,
      });
    }
  }
  return hints;
}

/** Finds a node by its name in the model. */
export function findNode(document: Document, name: string): Node | undefined {
  return document
    .getRoot()
    .listNodes()
    .find((node) => node.getName() === name);
}

function ensureGroup(document: Document, scene: Scene, name: string): Node {
  const existing = findNode(document, name);
  if (existing) return existing;
  const group = document.createNode(name);
  scene.addChild(group);
  return group;
}

/** Moves `node` under `parent` (at the scene's origin), keeping where it stands in the world. */
function moveUnder(node: Node, parent: Node): void {
  if (node.getParentNode() === parent) return;
  clearNodeParent(node);
  for (const scene of node.listParents()) {
    if (scene.propertyType === "Scene") (scene as Scene).removeChild(node);
  }
  parent.addChild(node);
}

function floorRectMesh(
  document: Document,
  workshop: DraftWorkshop,
  floor: Extract<DraftWorkshop["floor"], { kind: "rect" }>,
) {
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const { minX, maxX, minZ, maxZ, y } = floor;
  const position = document
    .createAccessor()
    .setType("VEC3")
    .setBuffer(buffer)
    .setArray(new Float32Array([minX, y, minZ, minX, y, maxZ, maxX, y, maxZ, maxX, y, minZ]));
  const normal = document
    .createAccessor()
    .setType("VEC3")
    .setBuffer(buffer)
    .setArray(new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0]));
  const indices = document
    .createAccessor()
    .setType("SCALAR")
    .setBuffer(buffer)
    .setArray(new Uint16Array([0, 1, 2, 0, 2, 3]));
  // Nearly invisible: the officer drew where people walk, not a new floor to look at.
  const material = document
    .createMaterial(`sol:${workshop.id}`)
    .setBaseColorFactor([0.85, 0.85, 0.85, 0.05])
    .setAlphaMode("BLEND")
    .setDoubleSided(true);
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", position)
    .setAttribute("NORMAL", normal)
    .setIndices(indices)
    .setMaterial(material);
  return document.createMesh(floorNodeName(workshop.id)).addPrimitive(primitive);
}

/**
 * Writes the draft into the model with the pack's node names: a `workshop:<id>` group per workshop
 * holding its machines (`machine:<id>`), its floor (`floor:<id>`) and its viewpoint
 * (`viewpoint:<id>`, target in `extras.target`). Idempotent; returns the draft with the machines'
 * nodes renamed.
 */
export function applyDraftToModel(document: Document, draft: Draft): Draft {
  const scene = sceneOf(document);
  const workshops = draft.workshops.map((workshop) => {
    const group = ensureGroup(document, scene, workshopNodeName(workshop.id));
    const machines = workshop.machines.map((machine) => {
      const node = findNode(document, machine.node);
      const finalName = machineNodeName(machine.id);
      if (!node) return machine;
      node.setName(finalName);
      moveUnder(node, group);
      return { ...machine, node: finalName };
    });
    let floor = workshop.floor;
    const floorName = floorNodeName(workshop.id);
    if (floor?.kind === "node") {
      const node = findNode(document, floor.node);
      if (node && node.getName() !== floorName) {
        node.setName(floorName);
      }
      if (node) moveUnder(node, group);
      floor = { kind: "node", node: floorName };
    } else if (floor?.kind === "rect") {
      findNode(document, floorName)?.dispose();
      const node = document.createNode(floorName).setMesh(floorRectMesh(document, workshop, floor));
      group.addChild(node);
    }
    if (workshop.viewpoint) {
      const viewpoint = ensureGroup(document, scene, viewpointNodeName(workshop.id));
      moveUnder(viewpoint, group);
      viewpoint.setTranslation(workshop.viewpoint.eye).setExtras({ target: workshop.viewpoint.target });
    }
    return { ...workshop, floor, machines };
  });
  return { ...draft, workshops };
}

/** The node names the optimiser must keep as they are (the visit looks them up). */
export function keptNodeNames(draft: Draft): Set<string> {
  const names = new Set<string>();
  for (const workshop of draft.workshops) {
    names.add(workshopNodeName(workshop.id));
    names.add(floorNodeName(workshop.id));
    names.add(viewpointNodeName(workshop.id));
    if (workshop.floor?.kind === "node") names.add(workshop.floor.node);
  }
  for (const { machine } of draftMachines(draft)) {
    names.add(machine.node);
    names.add(machineNodeName(machine.id));
  }
  return names;
}
