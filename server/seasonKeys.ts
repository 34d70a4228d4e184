import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { codeAlphabet } from "../src/protocol/classRules";

/** Secrets of the class season: only their hashes reach the database. */

export const newSecret = () => randomBytes(32).toString("base64url");

/** A class key's or organiser key's hash, as stored (salted by its purpose). */
export function keyHash(purpose: "class" | "organiser", key: string): string {
  return createHash("sha256").update(`usine-saison:${purpose}:${key}`).digest("hex");
}

export function sameKeyHash(stored: string, candidate: string): boolean {
  const left = Buffer.from(stored);
  const right = Buffer.from(candidate);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** An id in the live class alphabet (no 0 O 1 I L): 10 characters for a class, 6 for a challenge. */
export function newPublicId(length: number): string {
  let id = "";
  for (let i = 0; i < length; i++) id += codeAlphabet[randomInt(codeAlphabet.length)];
  return id;
}
