import { describe, expect, it } from "vitest";
import { newClassCode } from "../../server/classHub";
import {
  classStateSchema,
  cleanName,
  clientPayloads,
  codeAlphabet,
  normalizeCode,
  stopChoices,
} from "../../src/protocol/schema";

describe("class codes", () => {
  it("use 31 symbols without the look-alikes 0 O 1 I L", () => {
    expect(codeAlphabet).toHaveLength(31);
    for (const ambiguous of "0O1IL") expect(codeAlphabet).not.toContain(ambiguous);
    expect(new Set(codeAlphabet).size).toBe(31);
  });

  it("are generated with 6 symbols of the alphabet, and differ", () => {
    const codes = new Set(Array.from({ length: 500 }, () => newClassCode()));
    expect(codes.size).toBeGreaterThan(495);
    for (const code of codes) expect(normalizeCode(code)).toBe(code);
  });

  it("are read case-insensitively, spaces and dashes ignored", () => {
    expect(normalizeCode("abc-def")).toBe("ABCDEF");
    expect(normalizeCode(" 23 45 67 ")).toBe("234567");
    expect(normalizeCode("k7m-q2p")).toBe("K7MQ2P");
  });

  it("refuse the wrong shape", () => {
    expect(normalizeCode("ABCDE")).toBeNull();
    expect(normalizeCode("ABCDEFG")).toBeNull();
    expect(normalizeCode("ABCDE0")).toBeNull();
    expect(normalizeCode("ABCDEI")).toBeNull();
    expect(normalizeCode("ABCDÉF")).toBeNull();
    expect(normalizeCode("ABC_DE")).toBeNull();
  });
});

describe("pseudonyms", () => {
  it("are trimmed, collapsed and kept between 2 and 24 characters", () => {
    expect(cleanName("  Léa  ")).toBe("Léa");
    expect(cleanName("Jean   Pierre")).toBe("Jean Pierre");
    expect(cleanName("A")).toBeNull();
    expect(cleanName("   ")).toBeNull();
    expect(cleanName("x".repeat(24))).toBe("x".repeat(24));
    expect(cleanName("x".repeat(25))).toBeNull();
    // Emoji count as one character each.
    expect(cleanName("🦊🦊")).toBe("🦊🦊");
  });

  it("refuse control and direction characters", () => {
    expect(cleanName("Léa\u0000")).toBeNull();
    expect(cleanName("Léa\u202e")).toBeNull();
  });
});

describe("event payloads", () => {
  it("normalize codes and accept well-formed payloads", () => {
    const join = clientPayloads["class:join"].parse({ code: "abc-def", name: "Léa" });
    expect(join.code).toBe("ABCDEF");
    expect(clientPayloads["class:goto"].safeParse({ code: "ABCDEF", key: "k", step: 2 }).success).toBe(true);
    expect(clientPayloads["class:create"].safeParse({ tour: "decouverte-industries-provence" }).success).toBe(
      true,
    );
  });

  it("refuse malformed payloads", () => {
    const refused = [
      ["class:join", { code: "ABCDE0", name: "Léa" }],
      ["class:join", { code: 123456, name: "Léa" }],
      ["class:join", "ABCDEF"],
      ["class:goto", { code: "ABCDEF", key: "k", step: -1 }],
      ["class:goto", { code: "ABCDEF", key: "k", step: 1.5 }],
      ["class:mode", { code: "ABCDEF", key: "k", mode: "chaos" }],
      ["class:answer", { code: "ABCDEF", pupil: "p", step: 0, choice: "2" }],
      ["class:ask", { code: "ABCDEF", pupil: "p", text: "   " }],
      ["class:ask", { code: "ABCDEF", pupil: "p", text: "x".repeat(281) }],
      ["class:moderate", { code: "ABCDEF", key: "k", question: "1", action: "delete" }],
      ["class:create", { tour: "Pas Un Id" }],
      ["class:create", { tour: { id: "x" } }],
      ["class:lead", null],
    ] as const;
    for (const [event, payload] of refused)
      expect(clientPayloads[event].safeParse(payload).success, `${event} ${JSON.stringify(payload)}`).toBe(
        false,
      );
  });

  it("keep questions up to 280 characters, trimmed", () => {
    const asked = clientPayloads["class:ask"].parse({
      code: "ABCDEF",
      pupil: "p",
      text: `  ${"é".repeat(280)} `,
    });
    expect(asked.text).toBe("é".repeat(280));
  });
});

describe("stop questions", () => {
  const stop = {
    company: "a",
    workshop: "b",
    machine: "c",
    narration: "0123456789",
    notes: "0123456789",
  };
  it("give the choices and the right one", () => {
    const question = { prompt: "Pourquoi ?", answer: "Parce que.", choices: ["a", "b", "c"], correct: 2 };
    expect(stopChoices({ ...stop, question })).toEqual({ choices: ["a", "b", "c"], correct: 2 });
  });
  it("give none for a free-text question or no question", () => {
    expect(stopChoices({ ...stop, question: { prompt: "Pourquoi ?", answer: "Parce que." } })).toEqual({
      choices: [],
      correct: null,
    });
    expect(stopChoices(stop)).toEqual({ choices: [], correct: null });
  });
});

describe("class state", () => {
  it("has the contract's fields", () => {
    const state = { tour: "t", step: 0, mode: "follow", revealed: false, pupils: 3, ended: false };
    expect(classStateSchema.parse(state)).toEqual(state);
    expect(classStateSchema.safeParse({ ...state, mode: "libre" }).success).toBe(false);
  });
});
