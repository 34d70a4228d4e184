type StageChunk = typeof import("./LazyStage");

let loaded: StageChunk | null = null;

/**
 * Loads the stage's chunk (three.js, fiber, the scenes, `LazyStage`): the entry script starts it
 * for a deep link, the early stage waits for it, `App` renders it. One request however often asked.
 */
export function loadStageChunk(): Promise<StageChunk> {
  return import("./LazyStage").then((chunk) => {
    loaded = chunk;
    return chunk;
  });
}

/**
 * The chunk for `lazy()`: at once when it is already here (after the early stage), else its import.
 * NOTE: React's `lazy` reads a thenable that calls back before `then` returns as already loaded,
 * so the stage renders in the page's first commit, and no placeholder replaces the early stage's
 * picture for a frame. A promise, even resolved, always calls back later.
 */
export function stageChunkForLazy(): Promise<StageChunk> {
  const chunk = loaded;
  if (!chunk) return loadStageChunk();
  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose (see above).
  const thenable = { then: (resolve: (value: StageChunk) => void) => resolve(chunk) };
  return thenable as unknown as Promise<StageChunk>;
}
