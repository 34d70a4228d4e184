import { describe, expect, it } from "vitest";
import {
  downgradeFor,
  effectiveQuality,
  isSoftwareRenderer,
  renderSettings,
  slowFrameMs,
} from "../src/stage/renderQuality";
import { qualityDowngraded, setQuality } from "../src/state/actions";
import { useStore } from "../src/state/store";

/** Renderer strings as WebGL reports them (WEBGL_debug_renderer_info's unmasked renderer). */
const software = [
  // Chromium's SwiftShader (headless, blocklisted GPU driver), as this project's browser tests see it.
  "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
  "Google SwiftShader",
  // Mesa on a Linux thin client without GPU.
  "llvmpipe (LLVM 15.0.6, 256 bits)",
  "Mesa/X.org, softpipe",
  // Windows without a GPU driver.
  "ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)",
];
const hardware = [
  "ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)",
  "ANGLE (NVIDIA, NVIDIA GeForce GTX 1050 Direct3D11 vs_5_0 ps_5_0, D3D11)",
  "Mesa Intel(R) HD Graphics 520 (SKL GT2)",
  "Apple M1",
  "Mali-G52 MC2",
  "",
];

describe("software renderer detection", () => {
  it.each(software)("flags %s", (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(true);
  });
  it.each(hardware)("does not flag %s", (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(false);
  });
});

describe("quality decision", () => {
  it("starts light on a software renderer, whatever the frame time", () => {
    expect(downgradeFor(software[0] ?? "")).toBe("software");
    expect(downgradeFor(software[2] ?? "", 5)).toBe("software");
  });
  it("starts light when a frame of the scene is slow on a GPU", () => {
    expect(downgradeFor(hardware[0] ?? "", slowFrameMs + 1)).toBe("slow");
    expect(downgradeFor(hardware[0] ?? "", slowFrameMs - 1)).toBeNull();
    expect(downgradeFor(hardware[0] ?? "")).toBeNull();
  });
  it("follows the machine only in auto; an explicit choice wins", () => {
    expect(effectiveQuality("auto", null)).toBe("haute");
    expect(effectiveQuality("auto", "software")).toBe("econome");
    expect(effectiveQuality("auto", "slow")).toBe("econome");
    expect(effectiveQuality("haute", "software")).toBe("haute");
    expect(effectiveQuality("econome", null)).toBe("econome");
  });
  it("économe drops the environment, pauses the machines and keeps pixel ratio 1", () => {
    expect(renderSettings("econome")).toEqual({
      environment: false,
      dpr: [1, 1],
      animations: false,
      plainLighting: true,
    });
    expect(renderSettings("haute")).toEqual({
      environment: true,
      dpr: [1, 2],
      animations: true,
      plainLighting: false,
    });
  });
});

describe("quality downgrade in the store", () => {
  it("keeps a software renderer as the reason, and is not persisted", () => {
    setQuality("auto");
    qualityDowngraded("software");
    qualityDowngraded("slow");
    expect(useStore.getState().qualityDowngrade).toBe("software");
    expect(effectiveQuality(useStore.getState().quality, useStore.getState().qualityDowngrade)).toBe(
      "econome",
    );
    expect(JSON.stringify(useStore.persist.getOptions().partialize?.(useStore.getState()))).not.toContain(
      "software",
    );
  });
});
