import type { GLProps } from "@react-three/fiber";
import { WebGLRenderer } from "three";
import { qualityDowngraded } from "../state/actions";
import { stageRendererMade } from "./invalidateStage";
import { downgradeFor, webglRendererOf } from "./renderQuality";

/** This browser gave no WebGL2 context: the stage shows its 2D fallback. */
export class WebGLUnavailableError extends Error {
  constructor() {
    super("WebGL2 indisponible");
    this.name = "WebGLUnavailableError";
  }
}

/** What fiber hands its `gl` factory: its canvas and its defaults (antialias, alpha, power preference). */
export type StageRendererDefaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

/**
 * The stage's renderer (fiber's `gl` factory), on a WebGL2 context asked for here, so that the
 * stage's own context is the test of whether this browser draws WebGL at all. NOTE: a throwaway
 * probe context before the stage cost as much as the stage's own (0.5–0.7 s on a CPU renderer),
 * and letting three.js find out by failing logs console errors. A browser without WebGL
 * (blocklisted driver, `--disable-webgl`, a locked-down school PC) is a normal case here: the
 * error thrown reaches the stage's error boundary, which shows the 2D fallback. Making the
 * context earlier, from the entry script, was measured too: no faster on two cores.
 * It also reads the renderer string: a software renderer starts "auto" in "économe". The factory
 * editor's canvas uses it too.
 */
export function createStageRenderer(defaults: StageRendererDefaults): WebGLRenderer {
  const canvas = defaults.canvas as HTMLCanvasElement;
  // NOTE: the attributes three.js itself would ask for with these parameters (WebGLRenderer's own defaults).
  const attributes: WebGLContextAttributes = {
    alpha: true,
    depth: defaults.depth ?? true,
    stencil: defaults.stencil ?? false,
    antialias: defaults.antialias ?? false,
    premultipliedAlpha: defaults.premultipliedAlpha ?? true,
    preserveDrawingBuffer: defaults.preserveDrawingBuffer ?? false,
    powerPreference: defaults.powerPreference ?? "default",
    failIfMajorPerformanceCaveat: defaults.failIfMajorPerformanceCaveat ?? false,
  };
  let context: WebGL2RenderingContext | null = null;
  try {
    context = canvas.getContext("webgl2", attributes);
  } catch {
    context = null;
  }
  if (!context) throw new WebGLUnavailableError();
  // A software renderer puts "auto" in "économe" here, before the scene's first render: decided
  // later (an effect), the first render would ask for the light panels' code (fetched and run
  // while the first frame is drawn, then never used).
  const reason = downgradeFor(webglRendererOf(context));
  if (reason) qualityDowngraded(reason);
  const renderer = new WebGLRenderer({ ...defaults, canvas, context });
  stageRendererMade();
  return renderer;
}
