/**
 * « Ma classe »: the class's id and key, kept in this browser's localStorage (no account, no
 * cookie). The live class reads it to make a session count for the class's season; the season pages
 * write it. The key never goes anywhere but to the hub of this site.
 */

export interface MyClass {
  classId: string;
  classKey: string;
  /** How the class shows in this browser (« 4e B, Collège Jean-Moulin »). */
  label: string;
}

export const myClassKey = "usine-saison:ma-classe";

const idPattern = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;
const keyPattern = /^[A-Za-z0-9_-]{20,64}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readMyClass(): MyClass | null {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(myClassKey) ?? "null");
    if (!value || typeof value !== "object") return null;
    const { classId, classKey, label } = value as Record<string, unknown>;
    if (typeof classId !== "string" || !idPattern.test(classId)) return null;
    if (typeof classKey !== "string" || !keyPattern.test(classKey)) return null;
    return { classId, classKey, label: typeof label === "string" ? label.slice(0, 160) : "" };
  } catch {
    return null;
  }
}

export function writeMyClass(myClass: MyClass): void {
  try {
    storage()?.setItem(myClassKey, JSON.stringify(myClass));
  } catch {
    // A full or blocked storage: the class card still carries the key.
  }
}

export function forgetMyClass(): void {
  try {
    storage()?.removeItem(myClassKey);
  } catch {
    // Nothing kept anyway.
  }
}

/** The text a class card's QR code carries: `<classId>.<classKey>`; null when it is not one. */
export function parseClassCard(text: string): { classId: string; classKey: string } | null {
  const [classId = "", classKey = ""] = text.trim().split(".", 2);
  return idPattern.test(classId) && keyPattern.test(classKey) ? { classId, classKey } : null;
}
