// A deliberate layer violation: the town (a feature) importing the factory (another feature).
// tests/layers.test.ts runs Biome with the project's configuration on this file and expects
// `noRestrictedImports` to catch it. Biome skips this folder in `npm run lint` (see biome.json).
import { WorkshopScene } from "../factory/WorkshopScene";

export const forbidden = WorkshopScene;
