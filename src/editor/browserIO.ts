import { Logger, WebIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { MeshoptDecoder, MeshoptEncoder } from "meshoptimizer";
import type { ImageResizer } from "./optimiseModel";

/** Where the self-hosted decoders live, next to the page (`public/decoders/`): no CDN. */
export function decoderUrl(path: string): string {
  return new URL(`decoders/${path}`, document.baseURI).href;
}

interface DracoWindow {
  DracoDecoderModule?: (options: {
    wasmBinary: ArrayBuffer;
    onModuleLoaded: (module: unknown) => void;
  }) => unknown;
}

let dracoPromise: Promise<unknown> | null = null;

/**
 * The Draco decoder (three's glTF build, self-hosted), loaded the first time a Draco file comes.
 * NOTE: the Emscripten module is a thenable; it is handed over through `onModuleLoaded` inside an
 * object, never resolved directly, or `await` would spin on its `then`.
 */
function dracoDecoder(): Promise<unknown> {
  dracoPromise ??= (async () => {
    const wasm = fetch(decoderUrl("draco/draco_decoder.wasm")).then((r) => {
      if (!r.ok) throw new Error(`décodeur Draco introuvable (${r.status})`);
      return r.arrayBuffer();
    });
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = decoderUrl("draco/draco_wasm_wrapper.js");
      script.onload = () => resolve();
      script.onerror = () => reject(new Error("décodeur Draco introuvable"));
      document.head.append(script);
    });
    const factory = (window as DracoWindow).DracoDecoderModule;
    if (!factory) throw new Error("décodeur Draco illisible");
    const wasmBinary = await wasm;
    const holder = await new Promise<{ module: unknown }>((resolve) => {
      factory({ wasmBinary, onModuleLoaded: (module) => resolve({ module }) });
    });
    return holder.module;
  })();
  dracoPromise.catch(() => {
    dracoPromise = null;
  });
  return dracoPromise;
}

/** True when the files use Draco (the extension's name is in the glTF's JSON). */
export function usesDraco(files: readonly { bytes: Uint8Array }[]): boolean {
  const marker = "KHR_draco_mesh_compression";
  return files.some((file) => {
    // The JSON comes first in a .glb and is the whole of a .gltf: its start is enough to search.
    const head = new TextDecoder("utf-8", { fatal: false }).decode(file.bytes.subarray(0, 4 * 1024 * 1024));
    return head.includes(marker);
  });
}

/** glTF-Transform's browser I/O with every extension, meshopt both ways, and Draco when asked. */
export async function editorIO(withDraco: boolean): Promise<WebIO> {
  await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]);
  const io = new WebIO()
    .setLogger(new Logger(Logger.Verbosity.WARN))
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ "meshopt.decoder": MeshoptDecoder, "meshopt.encoder": MeshoptEncoder });
  if (withDraco) io.registerDependencies({ "draco3d.decoder": await dracoDecoder() });
  return io;
}

export { MeshoptEncoder };

/**
 * Re-encodes a texture in the browser: at most `maxSize` px a side, WebP. NOTE: glTF-Transform's
 * own `textureCompress` needs sharp (node); here `createImageBitmap` and an OffscreenCanvas do it.
 */
export const resizeImageInBrowser: ImageResizer = async (image, mimeType, maxSize) => {
  const bitmap = await createImageBitmap(new Blob([image as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const scale = Math.min(1, maxSize / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && mimeType === "image/webp") {
    bitmap.close();
    return null;
  }
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: "image/webp", quality: 0.85 });
  // A browser without a WebP encoder answers PNG: keep the original then, unless it had to shrink.
  if (blob.type !== "image/webp" && scale === 1) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (scale === 1 && bytes.byteLength >= image.byteLength) return null;
  return { image: bytes, mimeType: blob.type };
};
