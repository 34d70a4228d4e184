import { describe, expect, it } from "vitest";
import { foldForSearch, matchesQuery } from "../src/content/searchText";

describe("accent-insensitive search", () => {
  it("folds accents, case and the inclusive middle dot", () => {
    expect(foldForSearch("Électricité")).toBe("electricite");
    expect(foldForSearch("Soudeur·se")).toBe("soudeurse");
  });

  it('"soudeur" finds "Soudeur·se" and "electricien" finds "Électricien·ne"', () => {
    expect(matchesQuery("soudeur", ["Soudeur·se"])).toBe(true);
    expect(matchesQuery("electricien", ["Électricien·ne de maintenance"])).toBe(true);
  });

  it("needs every word of the query", () => {
    expect(matchesQuery("aciérie fos", ["Aciérie du Golfe", "Fos-sur-Mer"])).toBe(true);
    expect(matchesQuery("aciérie toulon", ["Aciérie du Golfe", "Fos-sur-Mer"])).toBe(false);
  });

  it("an empty query matches everything", () => {
    expect(matchesQuery("  ", ["x"])).toBe(true);
  });
});
