import { type LayerKind, type LayerRow, layerTable } from "./layerTable";

/** One of biome.json's `overrides`: the import rule of one folder. */
export interface LayerOverride {
  includes: string[];
  linter: {
    rules: {
      style: {
        noRestrictedImports: {
          level: "error";
          options: { patterns: { group: string[]; message: string }[] };
        };
      };
    };
  };
}

const defaultMessage: Record<LayerKind, (name: string) => string> = {
  base: (name) => `Couche « ${name} » : voir README, Architecture.`,
  kit: (name) =>
    `Kit « ${name} » : un kit partagé n'importe ni une fonctionnalité ni le cadre (voir README, Architecture).`,
  feature: (name) =>
    `Fonctionnalité « ${name} » : elle n'importe ni une autre fonctionnalité ni le cadre ; passer par le store (voir README, Architecture).`,
  frame: (name) => `Cadre « ${name} » : voir README, Architecture.`,
  hub: () =>
    "Le hub ne partage avec l'application que src/protocol et src/content (voir README, Architecture).",
  tools: (name) =>
    `Outils « ${name} » : ils importent le contenu et le contrat des modèles, jamais une fonctionnalité (voir README, Architecture).`,
};

/** The folders of `src/` that the table places, by name (`town` for `src/town`). */
export function placedSourceFolders(table: readonly LayerRow[] = layerTable): string[] {
  return table.filter((row) => row.folder.startsWith("src/")).map((row) => row.folder.slice("src/".length));
}

/** The folders of `src/` (by name) that a row may not import. */
export function forbiddenFor(row: LayerRow, table: readonly LayerRow[] = layerTable): string[] {
  if (row.mayImport === "everything") return [];
  const allowed = new Set(row.mayImport);
  const own = row.folder.startsWith("src/") ? row.folder.slice("src/".length) : null;
  return placedSourceFolders(table).filter((name) => name !== own && !allowed.has(name));
}

/** biome.json's import rules, one override per row that forbids something, in the table's order. */
export function layerOverrides(table: readonly LayerRow[] = layerTable): LayerOverride[] {
  return table.flatMap((row) => {
    const forbidden = forbiddenFor(row, table);
    if (forbidden.length === 0) return [];
    const name = row.folder.split("/").pop() ?? row.folder;
    // Outside src/ an import names the folder with its path (`../src/town/x`), and a `./town/`
    // of the row's own (scripts/models/town) is no feature.
    const prefix = row.folder.startsWith("src/") ? "" : "src/";
    return [
      {
        includes: [`${row.folder}/**`],
        linter: {
          rules: {
            style: {
              noRestrictedImports: {
                level: "error",
                options: {
                  patterns: [
                    {
                      group: forbidden.flatMap((folder) => [
                        `**/${prefix}${folder}`,
                        `**/${prefix}${folder}/**`,
                      ]),
                      message: row.message ?? defaultMessage[row.kind](name),
                    },
                  ],
                },
              },
            },
          },
        },
      },
    ];
  });
}

/** Whether one of biome.json's overrides is a layer rule (they are all rewritten from the table). */
export function isLayerOverride(override: unknown): boolean {
  const rules = (override as { linter?: { rules?: { style?: Record<string, unknown> } } }).linter?.rules;
  return Boolean(rules?.style && "noRestrictedImports" in rules.style);
}

/** The folders directly under `src/` that no row places. */
export function unplacedFolders(
  folders: readonly string[],
  table: readonly LayerRow[] = layerTable,
): string[] {
  const placed = new Set(placedSourceFolders(table));
  return folders.filter((folder) => !placed.has(folder));
}
