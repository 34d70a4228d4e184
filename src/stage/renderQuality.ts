import type { Quality, QualityDowngrade } from "../state/preferencesSlice";

/**
 * Renderers that draw WebGL on the CPU: SwiftShader (Chrome's fallback when the GPU or its driver
 * is blocklisted, and in many virtual desktops), Mesa's llvmpipe/softpipe (Linux thin clients),
 * Microsoft's Basic Render Driver (Windows without a GPU driver).
 */
const softwareRenderers = /swiftshader|llvmpipe|softpipe|software rasterizer|basic render driver|lavapipe/i;

/** True when the WebGL renderer string names a software renderer. */
export function isSoftwareRenderer(renderer: string): boolean {
  return softwareRenderers.test(renderer);
}

/** A frame that takes longer than this (ms, once the shaders are compiled) is a slow machine. */
export const slowFrameMs = 90;

/**
 * Why "auto" should start light, from what the first frames told: the renderer string, and how
 * long a frame of the scene took to draw (undefined until it has been measured). Null: no reason.
 */
export function downgradeFor(renderer: string, frameMs?: number): QualityDowngrade {
  if (isSoftwareRenderer(renderer)) return "software";
  if (frameMs !== undefined && frameMs > slowFrameMs) return "slow";
  return null;
}

/** The quality actually drawn: the visitor's choice, with "auto" following the machine. */
export function effectiveQuality(preference: Quality, downgrade: QualityDowngrade): "haute" | "econome" {
  if (preference === "auto") return downgrade === null ? "haute" : "econome";
  return preference;
}

/** What each quality draws. */
export interface RenderSettings {
  /** The lightformer environment (image-based lighting): most of a frame's cost on a CPU renderer. */
  environment: boolean;
  /** Pixel ratio bounds; the device's own ratio is clamped into them. */
  dpr: readonly [number, number];
  /** Machines' moving parts; paused, a still workshop draws no frame at all. */
  animations: boolean;
  /**
   * One sun and an even ambient light, no filmic tone mapping (`SceneLights`), instead of the sky's
   * light and ACES: on a CPU renderer the two cost 14–23 % of a frame of the heaviest workshop
   * (SwiftShader, same pose, 2026-12-07), for a picture of about the same brightness.
   */
  plainLighting: boolean;
}

const settings: Readonly<Record<"haute" | "econome", RenderSettings>> = {
  haute: { environment: true, dpr: [1, 2], animations: true, plainLighting: false },
  econome: { environment: false, dpr: [1, 1], animations: false, plainLighting: true },
};

/** The settings of a quality (the same object each time, so React can compare it). */
export function renderSettings(quality: "haute" | "econome"): RenderSettings {
  return settings[quality];
}

/** The WebGL renderer string (unmasked where the browser allows it), or "" when unknown. */
export function webglRendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  try {
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const value = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) as unknown;
    return typeof value === "string" ? value : "";
  } catch {
    return "";
  }
}
