import { BufferAttribute, BufferGeometry, Group, Mesh, MeshBasicMaterial, type Object3D } from "three";
import type { MachineSketch, MovingPart } from "./MachineSketch";
import type { PartGroup } from "./PartGroup";

const material = new MeshBasicMaterial();

function meshesOf(group: PartGroup): Object3D[] {
  return group.entries().map(([, g]) => {
    const geometry = new BufferGeometry();
    geometry.setAttribute("position", new BufferAttribute(new Float32Array(g.positions), 3));
    geometry.setAttribute("normal", new BufferAttribute(new Float32Array(g.normals), 3));
    geometry.setIndex(g.indices);
    return new Mesh(geometry, material);
  });
}

/** A machine sketch as a three.js object at rest, for checks without writing a glTF. */
export function sketchToThree(sketch: MachineSketch): Object3D {
  const root = new Group();
  root.add(...meshesOf(sketch.body));
  const addParts = (parts: MovingPart[], into: Object3D): void => {
    for (const part of parts) {
      const pivot = new Group();
      pivot.position.set(...part.translation);
      pivot.quaternion.set(...part.rotation);
      pivot.add(...meshesOf(part.geometry));
      addParts(part.children, pivot);
      into.add(pivot);
    }
  };
  addParts(sketch.parts, root);
  return root;
}
