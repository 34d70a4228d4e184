import { beforeEach, describe, expect, it } from "vitest";
import { en, fr } from "../src/i18n/strings";
import { setLocale } from "../src/state/actions";
import { useStore } from "../src/state/store";

const initial = useStore.getState();

describe("the interface's language", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("starts in French and switches to English and back", () => {
    expect(useStore.getState().locale).toBe("fr");
    setLocale("en");
    expect(useStore.getState().locale).toBe("en");
    setLocale("fr");
    expect(useStore.getState().locale).toBe("fr");
  });

  it("has every string in both languages, none left empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const value of [...Object.values(fr), ...Object.values(en)]) expect(value.trim()).not.toBe("");
  });

  it("keeps the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
  });
});
