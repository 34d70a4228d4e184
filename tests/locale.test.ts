import { beforeEach, describe, expect, it } from "vitest";
import { formatMessage, type Message } from "../src/i18n/formatMessage";
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

  // Same keys in both languages is proven by the type checker (`en: Dictionary`); emptiness is not.
  it("leaves no string empty in either language", () => {
    for (const value of [...Object.values(fr), ...Object.values(en)] as Message[])
      for (const form of typeof value === "string" ? [value] : Object.values(value))
        expect(form.trim()).not.toBe("");
  });

  it("keeps the same placeholders in both languages", () => {
    const placeholders = (message: Message) =>
      [...new Set((typeof message === "string" ? message : message.other).match(/\{\w+\}/g))].sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
  });

  it("fills slots and picks the plural form of each language", () => {
    const stops: Message = { one: "{n} étape", other: "{n} étapes" };
    expect(formatMessage("fr", stops, { n: 0 })).toBe("0 étape");
    expect(formatMessage("fr", stops, { n: 1 })).toBe("1 étape");
    expect(formatMessage("fr", stops, { n: 12 })).toBe("12 étapes");
    expect(formatMessage("en", { one: "{n} stop", other: "{n} stops" }, { n: 0 })).toBe("0 stops");
    expect(formatMessage("fr", "{done} / {total} réponses", { done: 3, total: 8 })).toBe("3 / 8 réponses");
    expect(formatMessage("fr", "{n} usines", { n: 1500 })).toBe("1\u202f500 usines");
    expect(formatMessage("fr", "Bonjour {nom}")).toBe("Bonjour {nom}");
  });
});
