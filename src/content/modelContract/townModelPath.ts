/** The town's generated model, relative to `public/` (written by `npm run models:town`). */
export const townModelPath = "models/town.glb";

/** The glTF name of a company's building prototype in the town model's `prototypes` scene. */
export function prototypeName(sectorId: string): string {
  return `company:${sectorId}`;
}

/** The prototype used for a sector the model does not know yet. */
export const fallbackPrototypeName = "company:*";
