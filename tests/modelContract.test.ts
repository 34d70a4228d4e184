import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { layerTable } from "../scripts/layers/layerTable";
import {
  floorNodeName,
  parseFloorNodeName,
  parseWorkerName,
  workerClipPrefix,
  workerNodeName,
} from "../src/content/modelContract/nodeNames";

const root = join(import.meta.dirname, "..");

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the model contract", () => {
  it("reads back every name it builds, and nothing else", () => {
    expect(parseFloorNodeName(floorNodeName("four-a-arc"))).toBe("four-a-arc");
    expect(parseFloorNodeName("hall:four-a-arc")).toBeUndefined();
    expect(parseFloorNodeName("floor:")).toBeUndefined();
    expect(parseWorkerName(workerNodeName("presse", "regleur"))).toEqual({
      machineId: "presse",
      jobId: "regleur",
    });
    expect(workerNodeName("presse", "regleur").startsWith(workerClipPrefix("presse"))).toBe(true);
    expect(parseWorkerName(`${workerNodeName("presse", "regleur")}/work`)).toBeUndefined();
  });

  it("is written nowhere else: no hand-written floor:, hall:, viewpoint:, worker: names in the app, editor or scripts", () => {
    const written = /`(floor|hall|viewpoint|worker|workshop|machine):\$\{/;
    const offenders = ["src", "scripts"]
      .flatMap((dir) => sourcesUnder(join(root, dir)))
      .filter((file) => !file.includes(join("src", "content", "modelContract")))
      .filter((file) => written.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it("lets the generator and the validator import the content layer and the protocol only (no feature)", () => {
    const tools = layerTable.find((row) => row.folder === "scripts");
    expect(tools?.mayImport).toEqual(["content", "protocol"]);
    const features =
      /from "(\.\.\/)+src\/(town|factory|trades|tours|live|editor|shell|stage|ui|i18n|state|offline|season|pro)\//;
    const offenders = sourcesUnder(join(root, "scripts/models")).filter((file) =>
      features.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
