import { afterEach, describe, expect, it, vi } from "vitest";
import { isModelDownloaded, modelUrl, prefetchModel, takePrefetchedModel } from "../src/stage/modelPrefetch";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a model prefetched by the entry script", () => {
  it("is downloaded once all its bytes have arrived, not before", async () => {
    vi.stubGlobal("document", { baseURI: "http://site.test/" });
    let send: (response: Response) => void = () => {};
    vi.stubGlobal("fetch", () => new Promise<Response>((resolve) => (send = resolve)));
    prefetchModel("models/usine.glb");
    const url = modelUrl("models/usine.glb");
    expect(isModelDownloaded(url)).toBe(false);
    send(new Response(new Uint8Array([1, 2, 3])));
    const bytes = await takePrefetchedModel(url);
    expect(bytes?.byteLength).toBe(3);
    await Promise.resolve();
    expect(isModelDownloaded(url)).toBe(true);
  });

  it("that failed is never downloaded", async () => {
    vi.stubGlobal("document", { baseURI: "http://site.test/" });
    vi.stubGlobal("fetch", async () => new Response("", { status: 404 }));
    prefetchModel("models/absente.glb");
    const url = modelUrl("models/absente.glb");
    await expect(takePrefetchedModel(url)).rejects.toThrow();
    await Promise.resolve();
    expect(isModelDownloaded(url)).toBe(false);
  });
});
