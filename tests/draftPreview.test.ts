import { beforeEach, describe, expect, it } from "vitest";
import { buildContentIndex } from "../src/content/contentIndex";
import type { Company } from "../src/content/schema";
import { validatePack } from "../src/content/validatePack";
import { contentLoaded } from "../src/state/actions";
import { previewDraftCompany } from "../src/state/draftCompanyActions";
import { useStore } from "../src/state/store";
import { minimalPack } from "./fixtures/minimalPack";

const initial = useStore.getState();
const validated = validatePack(minimalPack());
if (!validated.ok) throw new Error("the minimal pack is invalid");
const pack = buildContentIndex(validated.pack);
const shipped = pack.companies[0] as Company;
const draft: Company = { ...shipped, id: "brouillon-test", name: "Brouillon test", model: "blob:http://x/1" };

describe("previewing a factory editor's draft", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("refuses while the pack is not loaded", () => {
    expect(previewDraftCompany(draft)).toBe(false);
    expect(useStore.getState().route).toEqual({ view: "town" });
  });

  it("adds the draft to the loaded pack, marked as a draft, and opens its entrance", () => {
    contentLoaded(pack);
    expect(previewDraftCompany(draft)).toBe(true);
    const state = useStore.getState();
    if (state.content.status !== "ready") throw new Error("not ready");
    const content = state.content.content;
    expect(content.companyById.get("brouillon-test")?.model).toBe("blob:http://x/1");
    expect(content.companies).toHaveLength(pack.companies.length + 1);
    expect(content.draftCompanies?.has("brouillon-test")).toBe(true);
    expect(content.draftCompanies?.has(shipped.id)).toBe(false);
    const job = draft.workshops[0]?.machines[0]?.jobs[0] as string;
    expect(content.placesByJob.get(job)?.some((p) => p.company.id === "brouillon-test")).toBe(true);
    expect(state.route).toEqual({ view: "company", company: "brouillon-test" });
  });

  it("replaces an earlier preview of the same draft", () => {
    contentLoaded(pack);
    previewDraftCompany(draft);
    previewDraftCompany({ ...draft, model: "blob:http://x/2" });
    const state = useStore.getState();
    if (state.content.status !== "ready") throw new Error("not ready");
    expect(state.content.content.companies.filter((c) => c.id === "brouillon-test")).toHaveLength(1);
    expect(state.content.content.companyById.get("brouillon-test")?.model).toBe("blob:http://x/2");
  });
});
