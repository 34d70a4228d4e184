import { type Buffer, Document, Logger, type Material, type Node, type Scene } from "@gltf-transform/core";
import type { Vec3 } from "../geometry/Geometry";
import type { FigureSketch } from "../workers/FigureSketch";
import type { MachineSketch, Motion, Pivot, Quat } from "./MachineSketch";
import type { PartGroup } from "./PartGroup";
import { type FigureColor, figureColors, linearRgb, type MaterialKey, type Palette } from "./palette";

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
   * A leaf node holding a worker's part as one mesh of one primitive: its colours (keys of
   * `figureColors`) baked into the vertices (COLOR_0, linear), drawn with the white `figure`
   * material. Null when the group is empty.
   */
  figureMeshNode(name: string, group: PartGroup<FigureColor>): Node | null {
    const entries = group.entries();
    if (entries.length === 0) return null;
    const positions: number[] = [];
    const normals: number[] = [];
    const colors: number[] = [];
    const indices: number[] = [];
    for (const [key, geometry] of entries) {
      const base = positions.length / 3;
      const rgb = linearRgb(figureColors[key]);
      positions.push(...geometry.positions);
      normals.push(...geometry.normals);
      for (let i = 0; i < geometry.vertexCount; i++) colors.push(...rgb);
      for (const index of geometry.indices) indices.push(base + index);
    }
    const accessor = (
      type: "VEC3" | "SCALAR",
      array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
    ) => this.document.createAccessor().setType(type).setArray(array).setBuffer(this.buffer);
    const vertexCount = positions.length / 3;
    const primitive = this.document
      .createPrimitive()
      .setAttribute("POSITION", accessor("VEC3", new Float32Array(positions)))
      .setAttribute("NORMAL", accessor("VEC3", new Float32Array(normals)))
      .setAttribute("COLOR_0", accessor("VEC3", new Float32Array(colors)))
      .setIndices(
        accessor("SCALAR", vertexCount < 65536 ? new Uint16Array(indices) : new Uint32Array(indices)),
      )
      .setMaterial(this.material("figure"));
    const mesh = this.document.createMesh(name).addPrimitive(primitive);
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
    this.addDrawing(machine, nodeName, sketch, (name, group) => this.meshNode(name, group));
    return machine;
  }

  /**
   * Adds a worker under `parent`, laid out like a machine (`<nodeName>/body`, pivots, animations
   * `<nodeName>/<motion>`) but with one vertex-coloured mesh per part.
   */
  addWorker(
    parent: Node,
    nodeName: string,
    extras: Record<string, unknown>,
    sketch: FigureSketch,
    placement: Placement,
  ): Node {
    const worker = this.node(nodeName, placement).setExtras(extras);
    parent.addChild(worker);
    this.addDrawing(worker, nodeName, sketch, (name, group) => this.figureMeshNode(name, group));
    return worker;
  }

  private addDrawing<G>(
    root: Node,
    nodeName: string,
    drawing: Drawing<G>,
    meshOf: (name: string, geometry: G) => Node | null,
  ): void {
    const body = meshOf(`${nodeName}/body`, drawing.body);
    if (body) root.addChild(body);
    const pivots = new Map<Pivot, Node>();
    const addParts = (parts: DrawnPart<G>[], into: Node): void => {
      for (const part of parts) {
        const pivotName = `${nodeName}/${part.name}`;
        const pivot = this.node(pivotName, { translation: part.translation, rotation: part.rotation });
        into.addChild(pivot);
        pivots.set(part, pivot);
        const mesh = meshOf(`${pivotName}/mesh`, part.geometry);
        if (mesh) pivot.addChild(mesh);
        addParts(part.children, pivot);
      }
    };
    addParts(drawing.parts, root);
    for (const motion of drawing.motions) {
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
  }
}

/** A part drawn under a pivot: its geometry and sub-parts. */
interface DrawnPart<G> extends Pivot {
  readonly geometry: G;
  readonly children: DrawnPart<G>[];
}

/** What becomes a node with moving parts: a machine sketch or a worker's figure. */
interface Drawing<G> {
  readonly body: G;
  readonly parts: DrawnPart<G>[];
  readonly motions: Motion[];
}
