import { type Buffer, Document, Logger, type Material, type Node, type Scene } from "@gltf-transform/core";
import { EXTMeshGPUInstancing } from "@gltf-transform/extensions";
import type { Vec3 } from "../geometry/Geometry";
import type { Paint, Surface } from "./Paint";

/** Roughness, metalness and the rest of each surface kind; colours come from the vertices. */
const surfaces: Record<Surface, { roughness: number; metallic: number; opacity?: number; emissive?: Vec3 }> =
  {
    matte: { roughness: 0.92, metallic: 0 },
    satin: { roughness: 0.55, metallic: 0.12 },
    metal: { roughness: 0.38, metallic: 0.5 },
    glass: { roughness: 0.08, metallic: 0.1, opacity: 0.55 },
    glow: { roughness: 1, metallic: 0, emissive: [1, 0.55, 0.12] },
    water: { roughness: 0.22, metallic: 0.05 },
  };

/** One animated property of one node: glTF keyframes (seconds, flat values). */
export interface NodeTrack {
  node: Node;
  path: "translation" | "rotation" | "scale";
  times: number[];
  values: number[];
}

/** One tree, pole or bush of an instanced batch. */
export interface Instance {
  position: Vec3;
  /** Turn about Y, radians. */
  yaw: number;
  scale: Vec3;
}

/**
 * A glTF-Transform document for the town: vertex-coloured meshes with one primitive per surface
 * kind, instanced batches (EXT_mesh_gpu_instancing) for trees, and looping animations.
 */
export class TownDocument {
  readonly document = new Document();
  readonly scene: Scene;
  private readonly buffer: Buffer;
  private readonly materials = new Map<Surface, Material>();
  private readonly instancing: EXTMeshGPUInstancing;

  constructor() {
    this.document.setLogger(new Logger(Logger.Verbosity.SILENT));
    this.buffer = this.document.createBuffer();
    this.scene = this.document.createScene("town");
    this.document.getRoot().setDefaultScene(this.scene);
    this.instancing = this.document.createExtension(EXTMeshGPUInstancing).setRequired(true);
  }

  material(surface: Surface): Material {
    const existing = this.materials.get(surface);
    if (existing) return existing;
    const spec = surfaces[surface];
    const material = this.document
      .createMaterial(surface)
      .setBaseColorFactor([1, 1, 1, spec.opacity ?? 1])
      .setRoughnessFactor(spec.roughness)
      .setMetallicFactor(spec.metallic);
    if (spec.emissive) material.setEmissiveFactor([...spec.emissive]);
    if (spec.opacity !== undefined) material.setAlphaMode("BLEND").setDoubleSided(true);
    this.materials.set(surface, material);
    return material;
  }

  /** An empty node (group, pivot). */
  node(
    name: string,
    translation: Vec3 = [0, 0, 0],
    rotation?: readonly [number, number, number, number],
  ): Node {
    const node = this.document.createNode(name).setTranslation([...translation]);
    if (rotation) node.setRotation([...rotation]);
    return node;
  }

  private accessor(
    type: "SCALAR" | "VEC3" | "VEC4",
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
  ) {
    return this.document.createAccessor().setType(type).setArray(array).setBuffer(this.buffer);
  }

  /** A mesh node holding `paint` (one primitive per surface), or null when it is empty. */
  meshNode(name: string, paint: Paint): Node | null {
    const entries = paint.entries();
    if (entries.length === 0) return null;
    const mesh = this.document.createMesh(name);
    for (const [surface, colored] of entries) {
      const g = colored.geometry;
      const indices = g.vertexCount < 65536 ? new Uint16Array(g.indices) : new Uint32Array(g.indices);
      mesh.addPrimitive(
        this.document
          .createPrimitive()
          .setAttribute("POSITION", this.accessor("VEC3", new Float32Array(g.positions)))
          .setAttribute("NORMAL", this.accessor("VEC3", new Float32Array(g.normals)))
          .setAttribute("COLOR_0", this.accessor("VEC3", new Float32Array(colored.colors)))
          .setIndices(this.accessor("SCALAR", indices))
          .setMaterial(this.material(surface)),
      );
    }
    return this.document.createNode(name).setMesh(mesh);
  }

  /** A node drawing `paint` once per instance, in one draw call per surface. */
  instancedNode(name: string, paint: Paint, instances: readonly Instance[]): Node | null {
    const node = this.meshNode(name, paint);
    if (!node || instances.length === 0) return null;
    const translation = new Float32Array(instances.flatMap((i) => [...i.position]));
    const rotation = new Float32Array(
      instances.flatMap((i) => [0, Math.sin(i.yaw / 2), 0, Math.cos(i.yaw / 2)]),
    );
    const scale = new Float32Array(instances.flatMap((i) => [...i.scale]));
    const batch = this.instancing
      .createInstancedMesh()
      .setAttribute("TRANSLATION", this.accessor("VEC3", translation))
      .setAttribute("ROTATION", this.accessor("VEC4", rotation))
      .setAttribute("SCALE", this.accessor("VEC3", scale));
    return node.setExtension("EXT_mesh_gpu_instancing", batch);
  }

  /** A looping animation named `name` made of `tracks`. */
  animation(name: string, tracks: readonly NodeTrack[]): void {
    const animation = this.document.createAnimation(name);
    for (const track of tracks) {
      const sampler = this.document
        .createAnimationSampler()
        .setInput(this.accessor("SCALAR", new Float32Array(track.times)))
        .setOutput(this.accessor(track.path === "rotation" ? "VEC4" : "VEC3", new Float32Array(track.values)))
        .setInterpolation("LINEAR");
      const channel = this.document
        .createAnimationChannel()
        .setTargetNode(track.node)
        .setTargetPath(track.path)
        .setSampler(sampler);
      animation.addSampler(sampler).addChannel(channel);
    }
  }
}
