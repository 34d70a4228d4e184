import { readFile } from "node:fs/promises";
import validator from "gltf-validator";
import { type Mesh, type Object3D, Vector3 } from "three";
import { floorNodeName, parseWorkerName, workshopNodeName } from "../../src/content/modelContract/nodeNames";
import { castHotspotRay } from "./hotspotRay";
import { findNode, loadGlbInNode } from "./loadGlbInNode";

/** One thing wrong with a model, located by file and path (same shape as the content's problems). */
export interface ModelProblem {
  file: string;
  path: string;
  message: string;
}

/** The parts of a company (as in companies.json) that its model must match. */
export interface ModelReference {
  model: string;
  workshops: readonly {
    id: string;
    viewpoint: string;
    machines: readonly { id: string; node: string; jobs?: readonly string[] | undefined }[];
  }[];
}

/** Limits from the product design: what a school PC draws for one workshop view. */
export const modelBudgets = {
  fileBytes: 1.5 * 1024 * 1024,
  drawCallsPerWorkshop: 150,
  trianglesPerWorkshop: 300_000,
} as const;

const companiesFile = "content/companies.json";
const maxValidatorErrors = 10;

/** Draw calls (one per mesh primitive, i.e. per three.js Mesh) and triangles under `root`. */
export function countDrawLoad(root: Object3D): { drawCalls: number; triangles: number } {
  let drawCalls = 0;
  let triangles = 0;
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    drawCalls += 1;
    const geometry = mesh.geometry;
    triangles +=
      (geometry.index ? geometry.index.count : (geometry.getAttribute("position")?.count ?? 0)) / 3;
  });
  return { drawCalls, triangles };
}

/** The glTF name of `object` or of its nearest named ancestor, to say what a ray hit. */
function gltfNameOf(object: Object3D | null): string {
  for (let o = object; o; o = o.parent) {
    const name = o.userData.name;
    if (typeof name === "string" && name.length > 0) return name;
  }
  return "rien";
}

/** Checks one company's model against its references; `c` is its index in companies.json. */
export async function validateCompanyModel(
  company: ModelReference,
  c: number,
  publicDir: URL,
): Promise<ModelProblem[]> {
  const file = company.model;
  const problems: ModelProblem[] = [];
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(new URL(file, publicDir)));
  } catch {
    return [{ file: companiesFile, path: `$[${c}].model`, message: `modèle introuvable : public/${file}` }];
  }
  if (bytes.byteLength > modelBudgets.fileBytes) {
    problems.push({
      file,
      path: "$",
      message: `fichier trop lourd : ${(bytes.byteLength / 1024 / 1024).toFixed(2)} Mo (maximum 1,5 Mo)`,
    });
  }
  const report = await validator.validateBytes(bytes, { maxIssues: 100 });
  const errors = report.issues.messages.filter((m) => m.severity === 0);
  for (const error of errors.slice(0, maxValidatorErrors)) {
    problems.push({
      file,
      path: error.pointer ?? "$",
      message: `glTF invalide (${error.code}) : ${error.message}`,
    });
  }
  if (errors.length > maxValidatorErrors) {
    problems.push({
      file,
      path: "$",
      message: `… et ${errors.length - maxValidatorErrors} autres erreurs glTF`,
    });
  }
  // A broken container cannot be loaded for the checks below.
  if (errors.some((e) => e.code.startsWith("GLB_"))) return problems;

  let scene: Object3D;
  try {
    scene = (await loadGlbInNode(bytes)).scene;
  } catch (error) {
    problems.push({ file, path: "$", message: `illisible par three.js : ${(error as Error).message}` });
    return problems;
  }
  scene.updateMatrixWorld(true);

  company.workshops.forEach((workshop, w) => {
    const at = `$[${c}].workshops[${w}]`;
    const viewpoint = findNode(scene, workshop.viewpoint);
    if (!viewpoint)
      problems.push({
        file: companiesFile,
        path: `${at}.viewpoint`,
        message: `nœud « ${workshop.viewpoint} » absent de ${file}`,
      });
    if (!findNode(scene, floorNodeName(workshop.id))) {
      problems.push({
        file: companiesFile,
        path: at,
        message: `nœud « ${floorNodeName(workshop.id)} » (sol où l'on marche) absent de ${file}`,
      });
    }
    const workshopNode = findNode(scene, workshopNodeName(workshop.id)) ?? scene;
    const load = countDrawLoad(workshopNode);
    if (load.drawCalls > modelBudgets.drawCallsPerWorkshop) {
      problems.push({
        file,
        path: workshopNode.userData.name ?? "$",
        message: `atelier « ${workshop.id} » : ${load.drawCalls} appels de dessin (maximum ${modelBudgets.drawCallsPerWorkshop})`,
      });
    }
    if (load.triangles > modelBudgets.trianglesPerWorkshop) {
      problems.push({
        file,
        path: workshopNode.userData.name ?? "$",
        message: `atelier « ${workshop.id} » : ${load.triangles} triangles (maximum ${modelBudgets.trianglesPerWorkshop})`,
      });
    }
    problems.push(...checkWorkers(workshopNode, workshop, file));
    const eye = viewpoint?.getWorldPosition(new Vector3());
    workshop.machines.forEach((machine, m) => {
      const path = `${at}.machines[${m}].node`;
      const node = findNode(scene, machine.node);
      if (!node) {
        problems.push({ file: companiesFile, path, message: `nœud « ${machine.node} » absent de ${file}` });
        return;
      }
      if (!eye) return;
      for (const precise of [false, true]) {
        const ray = castHotspotRay(scene, node, eye, precise);
        if (ray.hitsMachine) continue;
        problems.push({
          file: companiesFile,
          path,
          message: `depuis « ${workshop.viewpoint} », le rayon vers le centre de « ${machine.node} » touche d'abord « ${gltfNameOf(ray.firstHit)} » : un clic sur son repère ne la sélectionnerait pas`,
        });
        break;
      }
    });
  });
  return problems;
}

/**
 * The workers of a workshop (optional: an exported model may have none): each `worker:` node
 * names a machine of this workshop and one of its trades, and says the worker's gender.
 */
function checkWorkers(
  workshopNode: Object3D,
  workshop: ModelReference["workshops"][number],
  file: string,
): ModelProblem[] {
  const problems: ModelProblem[] = [];
  workshopNode.traverse((node) => {
    const name = node.userData.name;
    if (typeof name !== "string" || !name.startsWith("worker:") || name.includes("/")) return;
    const parsed = parseWorkerName(name);
    const machine = workshop.machines.find((m) => m.id === parsed?.machineId);
    const at = (message: string): void => {
      problems.push({ file, path: name, message: `ouvrier·ère « ${name} » : ${message}` });
    };
    if (!parsed) at("nom attendu « worker:<machine>:<métier> »");
    else if (!machine) at(`la machine « ${parsed.machineId} » n'est pas dans l'atelier « ${workshop.id} »`);
    else if (machine.jobs && !machine.jobs.includes(parsed.jobId))
      at(`le métier « ${parsed.jobId} » ne se pratique pas à « ${machine.id} »`);
    const gender = node.userData.gender;
    if (gender !== "femme" && gender !== "homme") at("extras.gender doit valoir « femme » ou « homme »");
  });
  return problems;
}

/**
 * Checks every company's model (public/<model>): gltf-validator errors, node names that the content
 * refers to (viewpoints, floors, machines), file size, per-workshop draw calls and triangles, and
 * that the ray from each workshop's viewpoint to each machine's hotspot hits that machine first.
 * Returns the problems; prints nothing.
 */
export async function validateModels(
  companies: readonly ModelReference[],
  publicDir: URL,
): Promise<ModelProblem[]> {
  const problems: ModelProblem[] = [];
  for (const [c, company] of companies.entries())
    problems.push(...(await validateCompanyModel(company, c, publicDir)));
  return problems;
}
