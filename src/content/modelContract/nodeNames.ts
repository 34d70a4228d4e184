/**
 * The model contract: the names of the glTF nodes that the app, the factory editor, the model
 * generator (`scripts/models`) and the validator agree on. Each kind of node has its builder and,
 * where a name is read back from a model, its parser. Ids are the pack's (lowercase, digits, `-`),
 * so they never hold `:` or `/`.
 *
 * NOTE: three's GLTFLoader strips `:` from `object.name`; read names from `userData.name`
 * (src/factory/gltfNames.ts).
 */

export const workshopNodePrefix = "workshop:";
/** The group of a workshop's hall: every other node of the workshop is under it. */
export const workshopNodeName = (workshopId: string): string => `${workshopNodePrefix}${workshopId}`;

/** A machine's node (the pack names it in `machine.node`; generated models use this). */
export const machineNodeName = (machineId: string): string => `machine:${machineId}`;

/** The hall's walls and roof (generated models). */
export const hallNodeName = (workshopId: string): string => `hall:${workshopId}`;

export const floorNodePrefix = "floor:";
/** The walkable floor of a workshop: the visitor walks on its box's ground rectangle. */
export const floorNodeName = (workshopId: string): string => `${floorNodePrefix}${workshopId}`;
/** The workshop of a `floor:<workshop>` name; undefined for any other name. */
export function parseFloorNodeName(name: string): string | undefined {
  if (!name.startsWith(floorNodePrefix)) return undefined;
  const workshopId = name.slice(floorNodePrefix.length);
  return workshopId.length > 0 ? workshopId : undefined;
}

/** Where the visitor stands on entering a workshop; its target in `extras.target` ([x, y, z]). */
export const viewpointNodeName = (workshopId: string): string => `viewpoint:${workshopId}`;

/** A worker at a machine doing one of its trades: `worker:<machine id>:<job id>`. */
export const workerNodeName = (machineId: string, jobId: string): string => `worker:${machineId}:${jobId}`;
/** Reads `worker:<machine id>:<job id>`; undefined for any other name (parts such as `…/body` included). */
export function parseWorkerName(name: string): { machineId: string; jobId: string } | undefined {
  const match = /^worker:([a-z0-9-]+):([a-z0-9-]+)$/.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  return { machineId: match[1], jobId: match[2] };
}
/** The prefix of the workers' nodes and clips (`worker:<machine>:<job>/work`) at one machine. */
export const workerClipPrefix = (machineId: string): string => `worker:${machineId}:`;
