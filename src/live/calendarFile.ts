/**
 * A calendar file (`.ics`, RFC 5545) for one event: the reminder of a booked slot that a teacher
 * and a company download. Text values escaped (backslash, semicolon, comma, line breaks), lines
 * ended by CRLF and folded at 75 octets without splitting a UTF-8 character. No Node or DOM here.
 */

export interface CalendarEvent {
  /** Globally unique and stable for the event (a second download updates, not duplicates). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeCalendarText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A UTC date-time, `20261207T133000Z` (RFC 5545 §3.3.5, form 2). */
export function calendarDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, continued by CRLF and a space (§3.1). */
export function foldCalendarLine(line: string): string {
  const pieces: string[] = [];
  let piece = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = "";
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join("\r\n ");
}

/** The whole `.ics` text of one event. */
export function calendarFile(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//L'Usine Extraordinaire//Classe en direct//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeCalendarText(event.uid)}`,
    `DTSTAMP:${calendarDateTime(event.stamp)}`,
    `DTSTART:${calendarDateTime(event.start)}`,
    `DTEND:${calendarDateTime(event.end)}`,
    `SUMMARY:${escapeCalendarText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeCalendarText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeCalendarText(event.location)}`] : []),
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT15M",
    `DESCRIPTION:${escapeCalendarText(event.summary)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldCalendarLine).join("\r\n")}\r\n`;
}
