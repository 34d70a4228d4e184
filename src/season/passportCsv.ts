import type { ContentIndex } from "../content/contentIndex";
import type { SeasonView } from "../protocol/seasonSchema";

const cell = (value: string | number) => {
  const text = String(value);
  // Quoted, and a leading formula character defused (a spreadsheet would run it).
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

/** The passport as CSV (semicolons, as French spreadsheets read it): one line per thing met. */
export function passportCsv(season: SeasonView, content: ContentIndex): string {
  const rows: (string | number)[][] = [["type", "id", "nom", "date"]];
  for (const session of season.history ?? [])
    rows.push([
      "séance",
      session.tour,
      content.tourById.get(session.tour)?.title ?? session.tour,
      session.endedAt.slice(0, 10),
    ]);
  for (const trade of season.trades)
    rows.push([
      "métier",
      trade,
      content.jobById.get(trade)?.title ?? trade,
      season.tradesFirstMet?.[trade] ?? "",
    ]);
  for (const sector of season.sectors)
    rows.push(["secteur", sector, content.sectorById.get(sector)?.name ?? sector, ""]);
  for (const company of season.companies)
    rows.push(["entreprise", company, content.companyById.get(company)?.name ?? company, ""]);
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
