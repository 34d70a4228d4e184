/**
 * Where the visitor is, as data. The hash URL is this value written as text:
 * `parseHash` and `formatHash` are inverse of each other for every route.
 */
export type Route =
  | { view: "town" }
  | { view: "company"; company: string }
  | { view: "workshop"; company: string; workshop: string; machine?: string }
  | { view: "jobs"; job?: string }
  /** "Quel métier pour moi ?" (`#/quiz`). */
  | { view: "quiz" }
  | { view: "tours" }
  | { view: "tour"; tour: string; step: number; presenter?: boolean; auto?: boolean }
  /** A tour's printable worksheet (`#/visite/<tour>/fiche`). */
  | { view: "worksheet"; tour: string }
  /**
   * The tour builder: a new tour (`#/visites/nouvelle`) or one of the teacher's own
   * (`#/visites/modifier/<tour>`), `?champ=<field>` to open it on a field to complete (`stops.2.narration`).
   */
  | { view: "tourBuilder"; tour?: string; field?: string }
  /** The teacher's own tours, kept in this browser (`#/visites/mes-visites`). */
  | { view: "myTours" }
  /** A tour carried whole by a link (`#/visites/lien/<data>`): played at once, kept on demand. */
  | { view: "sharedTour"; data: string }
  /** A pupil joins a live class (`#/classe`, or `#/classe/<code>` from the QR code), then follows it. */
  | { view: "class"; code?: string }
  /** A professional's guest link (`#/classe/<code>/invite/<guest secret>`), given by a booked slot. */
  | { view: "classGuest"; code: string; guest: string }
  /** A company's space: its professionals' slots (`#/pro`). */
  | { view: "pro" }
  /** The factory editor (`#/editeur`). */
  | { view: "editor" }
  /** « Ma classe » (`#/ma-classe`): create or open the class, its card; `card` from the card's QR code. */
  | { view: "myClass"; card?: string }
  /** The class's passport, printable (`#/ma-classe/passeport`). */
  | { view: "passport" }
  /** A challenge's ranking (`#/defi/<code>`). */
  | { view: "defi"; code: string }
  | { view: "notFound"; path: string };

export const townRoute: Route = { view: "town" };

function decodeSegments(path: string): string[] {
  return path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Reads a `location.hash` (with or without its leading `#`). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [path = "", query = ""] = raw.split("?", 2);
  const params = new URLSearchParams(query);
  const segments = decodeSegments(path);
  const [head, a, b, c, ...rest] = segments;
  if (rest.length > 0) return { view: "notFound", path };
  if (head === undefined) return townRoute;
  if (head === "usine" && a !== undefined) {
    if (b === undefined) return { view: "company", company: a };
    if (c === undefined) return { view: "workshop", company: a, workshop: b };
    return { view: "workshop", company: a, workshop: b, machine: c };
  }
  if (head === "metiers" && b === undefined)
    return a === undefined ? { view: "jobs" } : { view: "jobs", job: a };
  if (head === "quiz" && a === undefined) return { view: "quiz" };
  if (head === "visites" && a === undefined) return { view: "tours" };
  if (head === "visites" && a === "nouvelle" && b === undefined) return { view: "tourBuilder" };
  if (head === "visites" && a === "modifier" && b !== undefined && c === undefined)
    return params.get("champ")
      ? { view: "tourBuilder", tour: b, field: params.get("champ") ?? "" }
      : { view: "tourBuilder", tour: b };
  if (head === "visites" && a === "mes-visites" && b === undefined) return { view: "myTours" };
  if (head === "visites" && a === "lien" && b !== undefined && c === undefined)
    return { view: "sharedTour", data: b };
  if (head === "classe" && a !== undefined && b === "invite" && c !== undefined)
    return { view: "classGuest", code: a, guest: c };
  if (head === "classe" && b === undefined)
    return a === undefined ? { view: "class" } : { view: "class", code: a };
  if (head === "editeur" && a === undefined) return { view: "editor" };
  if (head === "ma-classe" && a === undefined) return { view: "myClass" };
  if (head === "ma-classe" && a === "passeport" && b === undefined) return { view: "passport" };
  if (head === "ma-classe" && a === "carte" && b !== undefined && c === undefined)
    return { view: "myClass", card: b };
  if (head === "defi" && a !== undefined && b === undefined) return { view: "defi", code: a };
  if (head === "pro" && a === undefined) return { view: "pro" };
  if (head === "visite" && a !== undefined && b === "fiche" && c === undefined)
    return { view: "worksheet", tour: a };
  if (head === "visite" && a !== undefined && c === undefined) {
    const step = b === undefined ? 1 : Number(b);
    if (!Number.isInteger(step) || step < 1) return { view: "notFound", path };
    return { view: "tour", tour: a, step, presenter: params.has("presentateur"), auto: params.has("auto") };
  }
  return { view: "notFound", path };
}

const encode = encodeURIComponent;

/** Writes a route as a hash, e.g. `#/usine/acierie-du-golfe/haut-fourneau`. */
export function formatHash(route: Route): string {
  switch (route.view) {
    case "town":
      return "#/";
    case "company":
      return `#/usine/${encode(route.company)}`;
    case "workshop": {
      const base = `#/usine/${encode(route.company)}/${encode(route.workshop)}`;
      return route.machine === undefined ? base : `${base}/${encode(route.machine)}`;
    }
    case "jobs":
      return route.job === undefined ? "#/metiers" : `#/metiers/${encode(route.job)}`;
    case "quiz":
      return "#/quiz";
    case "tours":
      return "#/visites";
    case "tour": {
      const flags = [route.presenter ? "presentateur" : "", route.auto ? "auto" : ""].filter(Boolean);
      const query = flags.length > 0 ? `?${flags.join("&")}` : "";
      return `#/visite/${encode(route.tour)}/${route.step}${query}`;
    }
    case "worksheet":
      return `#/visite/${encode(route.tour)}/fiche`;
    case "tourBuilder":
      if (route.tour === undefined) return "#/visites/nouvelle";
      return `#/visites/modifier/${encode(route.tour)}${route.field ? `?champ=${encode(route.field)}` : ""}`;
    case "myTours":
      return "#/visites/mes-visites";
    case "sharedTour":
      return `#/visites/lien/${encode(route.data)}`;
    case "class":
      return route.code === undefined ? "#/classe" : `#/classe/${encode(route.code)}`;
    case "classGuest":
      return `#/classe/${encode(route.code)}/invite/${encode(route.guest)}`;
    case "editor":
      return "#/editeur";
    case "myClass":
      return route.card === undefined ? "#/ma-classe" : `#/ma-classe/carte/${encode(route.card)}`;
    case "passport":
      return "#/ma-classe/passeport";
    case "defi":
      return `#/defi/${encode(route.code)}`;
    case "pro":
      return "#/pro";
    case "notFound":
      return `#/${route.path.replace(/^\//, "")}`;
  }
}

/**
 * The `href` of a link to a route: the one way links are written, so that every id is encoded
 * and a change of URL scheme happens in `formatHash` alone.
 */
export function hrefOf(route: Route): string {
  return formatHash(route);
}

/** Two routes are the same place when they format to the same hash. */
export function sameRoute(a: Route, b: Route): boolean {
  return formatHash(a) === formatHash(b);
}
