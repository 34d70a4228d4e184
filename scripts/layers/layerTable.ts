/**
 * The layers of the code, in one table: each row is a folder and the folders of `src/` it may
 * import. `npm run lint:layers` writes biome.json's import rules from it (`layerRules.ts`), and
 * `tests/layers.test.ts` fails when a folder of `src/` has no row or biome.json is out of date.
 *
 * To place a new folder of `src/`: add its row here (a feature may import the shared layers below
 * it: `belowFeatures`), run `npm run lint:layers`, commit biome.json with it. Every other row then
 * forbids the new folder by itself, unless it lists it in `mayImport`.
 */

export type LayerKind = "base" | "kit" | "feature" | "frame" | "hub" | "tools";

export interface LayerRow {
  /** A folder of the repository, e.g. `src/town`. */
  folder: string;
  kind: LayerKind;
  /** Folders of `src/` (their names) that its files may import besides its own, or all of them. */
  mayImport: readonly string[] | "everything";
  /** What a forbidden import is told; a default per kind otherwise. */
  message?: string;
  /** Why the row is as it is, when it is not the kind's rule. */
  note?: string;
}

const kits = ["i18n", "stage", "ui", "offline"] as const;
/** What every feature may import: the content, the protocol, the store and the kits. */
export const belowFeatures = ["content", "protocol", "state", ...kits] as const;

const kit = (name: string): LayerRow => ({
  folder: `src/${name}`,
  kind: "kit",
  mayImport: ["content", "protocol", "state", ...kits.filter((other) => other !== name)],
});

const feature = (name: string, extra: readonly string[] = [], note?: string): LayerRow => ({
  folder: `src/${name}`,
  kind: "feature",
  mayImport: [...belowFeatures, ...extra],
  ...(note ? { note } : {}),
});

export const layerTable: readonly LayerRow[] = [
  {
    folder: "src/content",
    kind: "base",
    mayImport: [],
    message:
      "Couche « content » : le pack de contenu ne dépend de rien d'autre dans src/ (voir README, Architecture).",
  },
  {
    folder: "src/protocol",
    kind: "base",
    mayImport: ["content"],
    message:
      "Couche « protocol » : le protocole de la classe en direct ne dépend que du contenu (voir README, Architecture).",
  },
  {
    folder: "src/state",
    kind: "base",
    mayImport: ["content", "protocol"],
    message:
      "Couche « state » : le store ne dépend que du contenu et du protocole (voir README, Architecture).",
  },
  ...kits.map(kit),
  feature("town"),
  feature("factory"),
  feature("trades"),
  feature("tours"),
  feature("live"),
  feature("editor"),
  feature(
    "season",
    ["live"],
    "The class season (#/ma-classe, passport, challenge) reuses the live class's pieces (its QR card).",
  ),
  feature("pro", [], "The professionals' page (#/pro): publishing slots."),
  {
    folder: "src/shell",
    kind: "frame",
    mayImport: "everything",
    note: "The frame composes the features and is imported by none (every other row forbids it).",
  },
  {
    folder: "server",
    kind: "hub",
    mayImport: ["content", "protocol"],
    message:
      "Le hub ne partage avec l'application que src/protocol et src/content (voir README, Architecture).",
  },
  {
    folder: "scripts",
    kind: "tools",
    mayImport: ["content", "protocol"],
    note: "Model generation, content checking, benches: the content layer (model contract included) and the live class's protocol (the class bench), never a feature.",
  },
];
