/**
 * How the shipped models are compressed: meshopt (EXT_meshopt_compression) over quantized
 * attributes (KHR_mesh_quantization). `medium` quantizes every attribute and encodes the
 * buffers as they are; `high` also applies meshopt's filters (octahedral normals, quaternions,
 * exponent-coded floats), which three's bundled decoder, model-viewer and glTF-Transform's
 * decoder undo. The choice is measured per model by `npm run bench:modeles` (bench/results.md).
 */
export type MeshoptLevel = "medium" | "high";

export const shippedMeshoptLevel: MeshoptLevel = "high";
