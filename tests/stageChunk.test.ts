import { describe, expect, it, vi } from "vitest";
import { loadStageChunk, stageChunkForLazy } from "../src/shell/stageChunk";

// The stage's chunk itself (three.js, fiber) is not what is tested here: only how it is handed over.
vi.mock("../src/shell/LazyStage", () => ({ default: () => null }));

describe("the stage's chunk for React's lazy()", () => {
  it("is a real import until the chunk has loaded", async () => {
    const first = stageChunkForLazy();
    expect(first).toBeInstanceOf(Promise);
    await first;
  });

  it("calls back at once once the chunk is here, so the page renders the stage in its first commit", async () => {
    const loaded = await loadStageChunk();
    let handed: unknown = null;
    void stageChunkForLazy().then((chunk) => {
      handed = chunk;
    });
    // NOTE: before any microtask: a resolved promise would call back only later, and React's lazy()
    // would show the placeholder over the early stage's picture for a frame.
    expect(handed).toBe(loaded);
  });
});
