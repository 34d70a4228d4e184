import type { ContentTexts } from "./contentFileNames";
import type { ContentProblem } from "./contentProblem";

export type ContentCheck = { ok: true } | { ok: false; problems: ContentProblem[] };

/** Where no worker runs (tests, an old browser, a blocked worker script): validated on this thread. */
async function validateHere(texts: ContentTexts): Promise<ContentCheck> {
  const { checkContentTexts } = await import("./checkContentTexts");
  const validation = checkContentTexts(texts);
  return validation.ok ? { ok: true } : validation;
}

/**
 * Runs the pack's schemas and reference checks (about 400 KB of JSON: 0.1–0.3 s of a CPU, up to
 * 1.2 s slowed 4×) in a worker, so that the page stays responsive; on this thread where no worker
 * can run. The worker, and zod with it, load only now.
 */
export function validateContent(texts: ContentTexts): Promise<ContentCheck> {
  if (typeof Worker === "undefined") return validateHere(texts);
  let worker: Worker;
  try {
    worker = new Worker(new URL("./contentPack.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return validateHere(texts);
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ContentCheck>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // The worker's script failed to load or threw: validate here rather than not at all.
      event.preventDefault();
      worker.terminate();
      resolve(validateHere(texts));
    };
    worker.postMessage(texts);
  });
}
