import { describe, expect, it } from "vitest";
import { formatHash, parseHash, type Route } from "../src/state/route";

describe("route ⇄ hash", () => {
  const routes: Route[] = [
    { view: "town" },
    { view: "company", company: "acierie-du-golfe" },
    { view: "workshop", company: "acierie-du-golfe", workshop: "haut-fourneau" },
    { view: "workshop", company: "acierie-du-golfe", workshop: "haut-fourneau", machine: "poche" },
    { view: "jobs" },
    { view: "jobs", job: "soudeur" },
    { view: "quiz" },
    { view: "tours" },
    { view: "tour", tour: "decouverte", step: 3, presenter: false, auto: false },
    { view: "tour", tour: "decouverte", step: 1, presenter: true, auto: false },
    { view: "tour", tour: "decouverte", step: 2, presenter: false, auto: true },
    { view: "tour", tour: "decouverte", step: 2, presenter: true, auto: true },
    { view: "worksheet", tour: "decouverte" },
  ];

  it.each(routes.map((route) => [formatHash(route), route] as const))("%s round-trips", (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it("reads the URLs of the design", () => {
    expect(parseHash("#/")).toEqual({ view: "town" });
    expect(parseHash("")).toEqual({ view: "town" });
    expect(parseHash("#/usine/a/b/c")).toEqual({
      view: "workshop",
      company: "a",
      workshop: "b",
      machine: "c",
    });
    expect(parseHash("#/visite/t/4?presentateur")).toMatchObject({ view: "tour", step: 4, presenter: true });
    expect(parseHash("#/visite/t/fiche")).toEqual({ view: "worksheet", tour: "t" });
    expect(parseHash("#/quiz")).toEqual({ view: "quiz" });
    expect(parseHash("#/quiz/")).toEqual({ view: "quiz" });
  });

  it("sends unknown shapes to not found", () => {
    expect(parseHash("#/nulle-part").view).toBe("notFound");
    expect(parseHash("#/usine/a/b/c/d").view).toBe("notFound");
    expect(parseHash("#/visite/t/zero").view).toBe("notFound");
    expect(parseHash("#/visite/t/0").view).toBe("notFound");
    expect(parseHash("#/visite/t/fiche/2").view).toBe("notFound");
    expect(parseHash("#/quiz/3").view).toBe("notFound");
  });

  it("tolerates a trailing slash and encoded characters", () => {
    expect(parseHash("#/usine/a/")).toEqual({ view: "company", company: "a" });
    expect(parseHash("#/metiers/soudeur%C2%B7se")).toEqual({ view: "jobs", job: "soudeur·se" });
  });
});
