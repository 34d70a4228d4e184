import { type CalendarEvent, calendarFile } from "./calendarFile";

/** Saves an event as a `.ics` file in the browser (a Blob link, nothing leaves the page). */
export function downloadCalendar(event: CalendarEvent, fileName: string): void {
  const blob = new Blob([calendarFile(event)], { type: "text/calendar;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
