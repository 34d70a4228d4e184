import { meshopt } from "@gltf-transform/functions";
import { MeshoptEncoder } from "meshoptimizer";
import type { ModelSource } from "./contentFiles";
import { gltfIO } from "./gltfIO";
import { type MeshoptLevel, shippedMeshoptLevel } from "./modelCompression";
import { ModelDocument } from "./scene/ModelDocument";
import { paletteFor } from "./scene/palette";
import { castWorkers, type WorkerRole } from "./workers/cast";
import { addWorkshop } from "./workshopModel";

/**
 * Builds a company's model: one hall per workshop, side by side along +X, in the palette of its
 * sector, with its workers (`roles`, cast over the whole visit; by default cast for this company
 * alone). Returns the glTF document, not yet compressed.
 */
export function buildCompanyDocument(
  company: ModelSource,
  sectorColor: string,
  roles: ReadonlyMap<string, readonly WorkerRole[]> = castWorkers([company]),
): ModelDocument {
  const model = new ModelDocument(paletteFor(sectorColor));
  company.workshops.forEach((workshop, index) => {
    addWorkshop(model, workshop, index, company.workshops.length, { sector: company.sector, roles });
  });
  return model;
}

export interface BuildOptions {
  /** Leave the geometry uncompressed (for checks of the raw accessors). */
  uncompressed?: boolean;
  /** Who works at which machine, cast over the whole visit (`castWorkers`). */
  roles?: ReadonlyMap<string, readonly WorkerRole[]>;
  /** Meshopt's level (`modelCompression`); the shipped one when omitted. */
  compression?: MeshoptLevel;
}

/**
 * The company's .glb bytes: built, then meshopt-compressed with quantized attributes (which keeps
 * node names, extras and empty leaf nodes such as viewpoints). Same input, same bytes.
 */
export async function buildCompanyGlb(
  company: ModelSource,
  sectorColor: string,
  options: BuildOptions = {},
): Promise<Uint8Array> {
  const io = await gltfIO();
  const { document } = buildCompanyDocument(company, sectorColor, options.roles);
  if (!options.uncompressed)
    await document.transform(
      meshopt({ encoder: MeshoptEncoder, level: options.compression ?? shippedMeshoptLevel }),
    );
  return io.writeBinary(document);
}
