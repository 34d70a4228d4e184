import { type Buffer, Document, Logger, type Material, type Node, type Scene } from "@gltf-transform/core";
import type { Vec3 } from "../geometry/Geometry";
import type { MachineSketch, MovingPart, Quat } from "./MachineSketch";
import type { PartGroup } from "./PartGroup";
import { linearRgb, type MaterialKey, type Palette } from "./palette";

/** A node's rest transform. */
export interface Placement {
  translation: Vec3;
  rotation?: Quat;
  scale?: number;
}

/**
 * A glTF-Transform document being filled with a company's workshops: materials from the palette
 * (created on first use), one mesh per node with one primitive per material, animations.
 */
export class ModelDocument {
  readonly document = new Document();
  readonly scene: Scene;
  private readonly buffer: Buffer;
  private readonly materials = new Map<MaterialKey, Material>();

  constructor(private readonly palette: Palette) {
    this.document.setLogger(new Logger(Logger.Verbosity.SILENT));
    this.buffer = this.document.createBuffer();
    this.scene = this.document.createScene("scene");
    this.document.getRoot().setDefaultScene(this.scene);
  }

  material(key: MaterialKey): Material {
    const existing = this.materials.get(key);
    if (existing) return existing;
    const spec = this.palette[key];
    const material = this.document
      .createMaterial(key)
      .setBaseColorFactor([...linearRgb(spec.color), spec.opacity ?? 1])
      .setMetallicFactor(spec.metallic)
      .setRoughnessFactor(spec.roughness)
      .setDoubleSided(spec.doubleSided ?? false);
    if (spec.emissive) material.setEmissiveFactor(linearRgb(spec.emissive));
    if (spec.opacity !== undefined && spec.opacity < 1) material.setAlphaMode("BLEND");
    this.materials.set(key, material);
    return material;
  }

  /** An empty node (group, pivot, viewpoint). */
  node(name: string, placement?: Placement): Node {
    const node = this.document.createNode(name);
    if (placement) {
      node.setTranslation([...placement.translation]);
      if (placement.rotation) node.setRotation([...placement.rotation]);
      if (placement.scale !== undefined && placement.scale !== 1) {
        node.setScale([placement.scale, placement.scale, placement.scale]);
      }
    }
    return node;
  }

  /**
   * A leaf node holding `group` as one mesh (one primitive per material), or null when the group
   * is empty. Meshes sit on leaves so that quantization can rescale their node freely.
   */
  meshNode(name: string, group: PartGroup): Node | null {
    const entries = group.entries();
    if (entries.length === 0) return null;
    const mesh = this.document.createMesh(name);
    for (const [key, geometry] of entries) {
      const position = this.document
        .createAccessor()
        .setType("VEC3")
        .setArray(new Float32Array(geometry.positions))
        .setBuffer(this.buffer);
      const normal = this.document
        .createAccessor()
        .setType("VEC3")
        .setArray(new Float32Array(geometry.normals))
        .setBuffer(this.buffer);
      const indexArray =
        geometry.vertexCount < 65536 ? new Uint16Array(geometry.indices) : new Uint32Array(geometry.indices);
      const indices = this.document
        .createAccessor()
        .setType("SCALAR")
        .setArray(indexArray)
        .setBuffer(this.buffer);
      mesh.addPrimitive(
        this.document
          .createPrimitive()
          .setAttribute("POSITION", position)
          .setAttribute("NORMAL", normal)
          .setIndices(indices)
          .setMaterial(this.material(key)),
      );
    }
    return this.document.createNode(name).setMesh(mesh);
  }

  /**
   * Adds a machine under `parent`: a node named `nodeName` with extras { machine }, its static
   * body as the leaf `<nodeName>/body`, its moving parts as pivots, and its motions as
   * animations named `<nodeName>/<motion>`.
   */
  addMachine(
    parent: Node,
    nodeName: string,
    machineId: string,
    sketch: MachineSketch,
    placement: Placement,
  ): Node {
    const machine = this.node(nodeName, placement).setExtras({ machine: machineId });
    parent.addChild(machine);
    const body = this.meshNode(`${nodeName}/body`, sketch.body);
    if (body) machine.addChild(body);
    const pivots = new Map<MovingPart, Node>();
    const addParts = (parts: MovingPart[], into: Node): void => {
      for (const part of parts) {
        const pivotName = `${nodeName}/${part.name}`;
        const pivot = this.node(pivotName, { translation: part.translation, rotation: part.rotation });
        into.addChild(pivot);
        pivots.set(part, pivot);
        const mesh = this.meshNode(`${pivotName}/mesh`, part.geometry);
        if (mesh) pivot.addChild(mesh);
        addParts(part.children, pivot);
      }
    };
    addParts(sketch.parts, machine);
    for (const motion of sketch.motions) {
      const animation = this.document.createAnimation(`${nodeName}/${motion.name}`);
      for (const track of motion.tracks) {
        const target = pivots.get(track.part);
        if (!target) continue;
        const input = this.document
          .createAccessor()
          .setType("SCALAR")
          .setArray(new Float32Array(track.times))
          .setBuffer(this.buffer);
        const output = this.document
          .createAccessor()
          .setType(track.path === "rotation" ? "VEC4" : "VEC3")
          .setArray(new Float32Array(track.values))
          .setBuffer(this.buffer);
        const sampler = this.document
          .createAnimationSampler()
          .setInput(input)
          .setOutput(output)
          .setInterpolation("LINEAR");
        const channel = this.document
          .createAnimationChannel()
          .setTargetNode(target)
          .setTargetPath(track.path)
          .setSampler(sampler);
        animation.addSampler(sampler).addChannel(channel);
      }
    }
    return machine;
  }
}
