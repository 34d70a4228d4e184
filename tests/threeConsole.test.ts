import { Clock, setConsoleFunction, warn } from "three";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { routeThreeConsole } from "../src/stage/threeConsole";

describe("three.js's console, routed by the stage", () => {
  let printedWarnings: unknown[][];
  beforeEach(() => {
    printedWarnings = [];
    vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
      printedWarnings.push(args);
    });
  });
  afterEach(() => {
    // Back to three.js's own printing, for the other test files of this worker.
    setConsoleFunction(null as unknown as Parameters<typeof setConsoleFunction>[0]);
    vi.restoreAllMocks();
  });

  it("drops the deprecated clock's warning (fiber's store makes a clock for every root) once the stage's canvas module is loaded", async () => {
    new Clock();
    expect(printedWarnings).toHaveLength(1);
    vi.resetModules();
    await import("../src/stage/StageCanvas");
    new Clock();
    expect(printedWarnings).toHaveLength(1);
  });

  it("still prints every other three.js warning, as three.js would", () => {
    routeThreeConsole();
    warn("WebGLRenderer: a warning the stage did not expect.", 42);
    expect(printedWarnings).toEqual([["THREE.WebGLRenderer: a warning the stage did not expect.", 42]]);
  });
});
