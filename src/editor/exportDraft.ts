import type { PlatformIO } from "@gltf-transform/core";
import { EXTMeshoptCompression } from "@gltf-transform/extensions";
import { meshopt } from "@gltf-transform/functions";
import { strToU8, zipSync } from "fflate";
import type { Company } from "../content/schema";
import { companySchema } from "../content/schema";
import { type Draft, draftGaps, draftToCompany } from "./draft";
import { applyDraftToModel } from "./modelDocument";

/** What "Exporter" produces: the company's JSON, its model with the pack's names, and the zip of both. */
export interface DraftExport {
  company: Company;
  glb: Uint8Array;
  zip: Uint8Array;
  /** Names inside the zip. */
  files: { model: string; content: string };
}

/** Thrown when the draft lacks something the pack requires; `gaps` says what (in French: the page says them again in its language). */
export class DraftIncompleteError extends Error {
  override name = "DraftIncompleteError";
  constructor(readonly gaps: string[]) {
    super(gaps.join("\n"));
  }
}

/**
 * The model with the draft's names written in (`workshop:`, `machine:`, `floor:`, `viewpoint:`),
 * meshopt-compressed if it was not yet.
 */
export async function finalModel(
  io: PlatformIO,
  workingGlb: Uint8Array,
  draft: Draft,
  encoder: unknown,
): Promise<Uint8Array> {
  const document = await io.readBinary(workingGlb);
  applyDraftToModel(document, draft);
  const compressed = document
    .getRoot()
    .listExtensionsUsed()
    .some((e) => e.extensionName === EXTMeshoptCompression.EXTENSION_NAME);
  if (!compressed) await document.transform(meshopt({ encoder, level: "medium" }));
  return io.writeBinary(document);
}

/** Builds the zip `models/<id>.glb` + `content/company-<id>.json`; refuses an incomplete draft. */
export async function exportDraft(
  io: PlatformIO,
  workingGlb: Uint8Array,
  draft: Draft,
  encoder: unknown,
): Promise<DraftExport> {
  const gaps = draftGaps(draft);
  if (gaps.length > 0) throw new DraftIncompleteError(gaps.map((g) => g.message));
  const company = companySchema.parse(draftToCompany(draft));
  const glb = await finalModel(io, workingGlb, draft, encoder);
  const files = { model: company.model, content: `content/company-${company.id}.json` };
  const zip = zipSync({
    [files.model]: [glb, { level: 0 }],
    [files.content]: strToU8(`${JSON.stringify(company, null, 2)}\n`),
  });
  return { company, glb, zip, files };
}
