/**
 * Loaded by the bench into the running app (same origin, so the site's CSP allows it): exports an
 * object of the app's scene to a .glb, so that the floor page can draw the same town geometry.
 */
import type { Object3D } from "three";
import { GLTFExporter } from "three/examples/jsm/exporters/GLTFExporter.js";

(window as unknown as { __exportGlb: (object: Object3D) => Promise<string> }).__exportGlb = async (
  object,
) => {
  const result = await new GLTFExporter().parseAsync(object, { binary: true });
  const bytes = new Uint8Array(result as ArrayBuffer);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
