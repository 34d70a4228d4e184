import type { Document, Node } from "@gltf-transform/core";
import { EXTTextureWebP } from "@gltf-transform/extensions";
import { clearNodeParent, dedup, join, meshopt, prune, weld } from "@gltf-transform/functions";
import type { Draft } from "./draft";
import { editorBudgets, keptNodeNames } from "./modelDocument";

/** Re-encodes one image (at most `maxSize` px a side, WebP); null leaves it as it is. */
export type ImageResizer = (
  image: Uint8Array,
  mimeType: string,
  maxSize: number,
) => Promise<{ image: Uint8Array; mimeType: string } | null>;

export interface OptimiseOptions {
  /** meshoptimizer's `MeshoptEncoder`, once `ready`. */
  encoder: unknown;
  /** The browser's canvas step (see `resizeImageInBrowser`); absent in node, where textures stay. */
  resizeImage?: ImageResizer;
}

function isUnder(node: Node, kept: ReadonlySet<string>): boolean {
  for (let parent = node.getParentNode(); parent; parent = parent.getParentNode()) {
    if (kept.has(parent.getName())) return true;
  }
  return false;
}

/**
 * Makes the model light enough for a school PC: duplicates merged, vertices welded, unused data
 * pruned, the pieces that are not machines joined into few draw calls, textures at most 2048 px in
 * WebP, geometry quantised and meshopt-compressed. The nodes the draft points at (machines, picked
 * floors) and those the visit looks up keep their names and stay whole; the draft is unchanged.
 */
export async function optimiseModel(
  document: Document,
  draft: Draft,
  options: OptimiseOptions,
): Promise<void> {
  const kept = keptNodeNames(draft);
  // Every node comes to the scene's root (keeping where it stands): the building's pieces, unnamed,
  // then join by material; kept nodes keep their names, so `join` leaves them apart.
  for (const node of document.getRoot().listNodes()) {
    const keep = kept.has(node.getName());
    if (!keep) node.getMesh()?.setName("");
    if (isUnder(node, kept)) {
      node.setName("");
      continue;
    }
    if (node.getParentNode()) clearNodeParent(node);
    if (!keep) node.setName("");
  }
  await document.transform(dedup(), weld(), prune({ keepLeaves: false }), join({ keepNamed: true }));
  if (options.resizeImage) await resizeTextures(document, options.resizeImage);
  await document.transform(meshopt({ encoder: options.encoder, level: "medium" }), prune());
}

async function resizeTextures(document: Document, resize: ImageResizer): Promise<void> {
  let webp = false;
  for (const texture of document.getRoot().listTextures()) {
    const image = texture.getImage();
    const mimeType = texture.getMimeType();
    if (!image || !["image/png", "image/jpeg", "image/webp"].includes(mimeType)) continue;
    const result = await resize(image, mimeType, editorBudgets.textureSize);
    if (!result) continue;
    texture.setImage(result.image).setMimeType(result.mimeType);
    if (result.mimeType === "image/webp") {
      webp = true;
      texture.setURI(texture.getURI().replace(/\.(png|jpe?g)$/i, ".webp"));
    }
  }
  if (webp) document.createExtension(EXTTextureWebP).setRequired(true);
}
