import { describe, expect, it } from "vitest";
import {
  calendarDateTime,
  calendarFile,
  escapeCalendarText,
  foldCalendarLine,
} from "../src/live/calendarFile";

const octets = (text: string) => new TextEncoder().encode(text).length;

describe("the .ics file of a booked slot", () => {
  const event = {
    uid: "creneau-42@usine-extraordinaire",
    start: new Date("2026-12-07T13:30:00.000Z"),
    end: new Date("2026-12-07T14:00:00.000Z"),
    stamp: new Date("2026-12-06T03:00:00.000Z"),
    summary: "Classe en direct : Samia, soudeuse, répond à la classe",
    description: "Lien d’invité ; à ouvrir à l’heure, dans le navigateur.\nCode : ABCDEF, merci !",
  };
  const text = calendarFile(event);

  it("ends every line with CRLF, and only there", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("writes UTC date-times", () => {
    expect(calendarDateTime(event.start)).toBe("20261207T133000Z");
    expect(text).toContain("\r\nDTSTART:20261207T133000Z\r\n");
    expect(text).toContain("\r\nDTEND:20261207T140000Z\r\n");
    expect(text).toContain("\r\nDTSTAMP:20261206T030000Z\r\n");
  });

  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    expect(escapeCalendarText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "DESCRIPTION:Lien d’invité \\; à ouvrir à l’heure\\, dans le navigateur.\\nCode : ABCDEF\\, merci !",
    );
    expect(unfolded).toContain("SUMMARY:Classe en direct : Samia\\, soudeuse\\, répond à la classe");
  });

  it("folds lines at 75 octets without cutting a character, and unfolds to the same text", () => {
    const line = `DESCRIPTION:${"é".repeat(60)}${"x".repeat(50)}`;
    const folded = foldCalendarLine(line);
    for (const piece of folded.split("\r\n")) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((piece) => piece.startsWith(" ")),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    for (const piece of text.split("\r\n")) expect(octets(piece)).toBeLessThanOrEqual(75);
  });

  it("leaves a short line alone", () => {
    expect(foldCalendarLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});
