import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isLayerOverride, layerOverrides, unplacedFolders } from "../scripts/layers/layerRules";
import { layerTable } from "../scripts/layers/layerTable";

/**
 * The layer rule of biome.json (README, "Architecture") must catch what it forbids. The probes are
 * copied beside the project's own configuration in a temporary folder and linted there.
 */
const root = join(import.meta.dirname, "..");
const biome = join(root, "node_modules", ".bin", "biome");
const scratch = mkdtempSync(join(tmpdir(), "usine-layers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8")) as Record<string, unknown>;
delete config.$schema;
writeFileSync(join(scratch, "biome.json"), JSON.stringify(config));

function lint(path: string, source: string): string {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    execFileSync(biome, ["lint", "--max-diagnostics=50", path], {
      cwd: scratch,
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
}

describe("the layer table", () => {
  it("places every folder of src/ (a new folder fails here until it has a row in scripts/layers/layerTable.ts)", () => {
    const folders = readdirSync(join(root, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(5);
    expect(unplacedFolders(folders)).toEqual([]);
  });

  it("finds a folder in no layer", () => {
    expect(unplacedFolders(["town", "shell", "brand-new"])).toEqual(["brand-new"]);
  });

  it("is what biome.json says (else run `npm run lint:layers`)", () => {
    const overrides = (config.overrides as unknown[]).filter(isLayerOverride);
    expect(overrides).toEqual(layerOverrides());
  });

  it("forbids a new folder to every row that does not list it", () => {
    const table = [...layerTable, { folder: "src/newcomer", kind: "feature" as const, mayImport: [] }];
    const town = layerOverrides(table).find((override) => override.includes[0] === "src/town/**");
    expect(town?.linter.rules.style.noRestrictedImports.options.patterns[0]?.group).toContain("**/newcomer");
  });
});

describe("layer rule", () => {
  it("fails on the test pack's feature importing another feature", () => {
    const probe = readFileSync(
      join(root, "tests/lint/forbidden-import/src/town/ImportsAnotherFeature.ts"),
      "utf8",
    );
    expect(lint("src/town/ImportsAnotherFeature.ts", probe)).toContain("noRestrictedImports");
  });

  it.each([
    [
      "a kit importing a feature",
      "src/stage/Probe.ts",
      'import { x } from "../tours/x";\nexport const y = x;\n',
    ],
    [
      "the store importing a kit",
      "src/state/Probe.ts",
      'import { x } from "../i18n/useT";\nexport const y = x;\n',
    ],
    [
      "the content pack importing the store",
      "src/content/Probe.ts",
      'import { x } from "../state/store";\nexport const y = x;\n',
    ],
    [
      "a feature importing the frame",
      "src/trades/Probe.ts",
      'import { x } from "../shell/App";\nexport const y = x;\n',
    ],
    [
      "the class season importing another feature than the live class",
      "src/season/Probe.ts",
      'import { x } from "../town/x";\nexport const y = x;\n',
    ],
    [
      "the professionals' page importing the class season",
      "src/pro/Probe.ts",
      'import { x } from "../season/x";\nexport const y = x;\n',
    ],
    [
      "the store importing the class season",
      "src/state/Probe.ts",
      'import { x } from "../season/x";\nexport const y = x;\n',
    ],
    [
      "the model generator importing a feature",
      "scripts/models/Probe.ts",
      'import { x } from "../../src/town/TownScene";\nexport const y = x;\n',
    ],
    [
      "a bench importing the store",
      "scripts/bench/Probe.ts",
      'import { x } from "../../src/state/store";\nexport const y = x;\n',
    ],
    [
      "the hub importing a feature",
      "server/Probe.ts",
      'import { x } from "../src/tours/x";\nexport const y = x;\n',
    ],
  ])("fails on %s", (_name, path, source) => {
    expect(lint(path, source)).toContain("noRestrictedImports");
  });

  it.each([
    [
      "a feature importing kits and the store",
      "src/town/Probe.ts",
      'import { a } from "../i18n/useT";\nimport { b } from "../state/store";\nimport { c } from "../stage/cameraShot";\nexport const y = [a, b, c];\n',
    ],
    [
      "the class season importing the live class and the kits",
      "src/season/Probe.ts",
      'import { a } from "../live/ClassQr";\nimport { b } from "../ui/x";\nimport { c } from "../protocol/hubClient";\nexport const y = [a, b, c];\n',
    ],
    [
      "the model generator importing the model contract and its own town folder",
      "scripts/models/Probe.ts",
      'import { a } from "../../src/content/modelContract/townLayout";\nimport { b } from "./town/generateTown";\nexport const y = [a, b];\n',
    ],
    [
      "the frame importing a feature",
      "src/shell/Probe.ts",
      'import { x } from "../tours/TourPlayer";\nexport const y = x;\n',
    ],
  ])("accepts %s", (_name, path, source) => {
    expect(lint(path, source)).not.toContain("noRestrictedImports");
  });
});
