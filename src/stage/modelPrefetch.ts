import { modelProgressed } from "../state/actions";

/**
 * Model downloads started from the entry script, before React and the 3D chunk are there: a deep
 * link to a workshop names its company, and a company's model is `models/<company>.glb` by the
 * pack's convention. The loader (`useCompanyModel`) takes the bytes from here instead of fetching
 * again; a guess the pack contradicts is simply never taken. No three.js here: this is in the
 * entry chunk.
 */
const pending = new Map<string, Promise<ArrayBuffer>>();
/** The prefetches whose bytes have all arrived. */
const downloaded = new Set<string>();

/** Resolves a model path of the pack (relative to `public/`) against the page. */
export function modelUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Where the pack keeps a company's model (`Company.model`), by convention. */
export function conventionalModelPath(companyId: string): string {
  return `models/${encodeURIComponent(companyId)}.glb`;
}

async function readWithProgress(response: Response): Promise<ArrayBuffer> {
  if (!response.ok) throw new Error(`modèle introuvable (HTTP ${response.status})`);
  const total = Number(response.headers.get("content-length")) || 0;
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    modelProgressed(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/** Starts downloading a model now, at high priority (the deep link's scene waits for it). */
export function prefetchModel(path: string): void {
  const url = modelUrl(path);
  if (pending.has(url)) return;
  // NOTE: `priority` is a fetch hint (Chrome, Safari); others ignore it.
  const request = fetch(url, { priority: "high" } as RequestInit).then(readWithProgress);
  request.then(
    () => downloaded.add(url),
    () => {
      // Reported by the loader when it takes this request (it then fetches again itself).
    },
  );
  pending.set(url, request);
}

/** The prefetched bytes of `url`, once: later loads of the same model go through the loader's cache. */
export function takePrefetchedModel(url: string): Promise<ArrayBuffer> | undefined {
  const request = pending.get(url);
  pending.delete(url);
  return request;
}

/** Whether the prefetch of `url` (absolute) has all its bytes. */
export function isModelDownloaded(url: string): boolean {
  return downloaded.has(url);
}

/** The models being prefetched (absolute URLs). */
export function prefetchedModelUrls(): string[] {
  return [...pending.keys()];
}
