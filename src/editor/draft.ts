import { fixTypography } from "../content/contentRules";
import { machineNodeName, viewpointNodeName } from "../content/modelContract/nodeNames";
import { type Company, companySchema, type TransitionTheme } from "../content/schema";
import type { MessageVars } from "../i18n/formatMessage";
import type { Locale } from "../state/preferencesSlice";
import { editorText } from "./editorMessage";
import type { EditorStringKey } from "./editorStrings";

/** A point in model space (metres, Y up). */
export type Vec3 = [number, number, number];

/** A machine as the officer describes it: the model's node it is, and what the visit says of it. */
export interface DraftMachine {
  id: string;
  name: string;
  description: string;
  jobs: string[];
  /** Name of its node in the working model (unique there). */
  node: string;
}

/** Where visitors walk: a mesh of the model, or a rectangle drawn on the ground. */
export type DraftFloor =
  | { kind: "node"; node: string }
  | { kind: "rect"; minX: number; maxX: number; minZ: number; maxZ: number; y: number };

export interface DraftWorkshop {
  id: string;
  name: string;
  description: string;
  floor: DraftFloor | null;
  /** The camera saved by the officer: where the visit starts in this workshop. */
  viewpoint: { eye: Vec3; target: Vec3 } | null;
  machines: DraftMachine[];
}

/** The company's own fields (what `companies.json` holds besides workshops and model). */
export interface DraftCompany {
  name: string;
  sector: string;
  town: string;
  lat: number | null;
  lon: number | null;
  description: string;
  headcount: number | null;
  /** True: an imagined company (the pack's `invented`); absent in a draft saved before it existed. */
  invented?: boolean;
  products: string[];
  transition: { theme: TransitionTheme | ""; title: string; text: string };
}

/** Everything the editor keeps about one company's factory, besides the model's bytes. */
export interface Draft {
  version: 1;
  /** The file the officer imported (shown, and used for nothing else). */
  sourceName: string;
  company: DraftCompany;
  workshops: DraftWorkshop[];
}

/** `Aciérie du Golfe` → `acierie-du-golfe`: the identifier the pack's schema expects. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** An identifier from `name` that none of `taken` has yet (`presse`, `presse-2`…). */
export function uniqueSlug(name: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(name) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function emptyDraft(sourceName: string): Draft {
  return {
    version: 1,
    sourceName,
    company: {
      name: "",
      sector: "",
      town: "",
      lat: null,
      lon: null,
      description: "",
      headcount: null,
      invented: true,
      products: [],
      transition: { theme: "", title: "", text: "" },
    },
    workshops: [],
  };
}

/** The company's identifier, from its name. */
export function companyId(draft: Draft): string {
  return slugify(draft.company.name) || "mon-usine";
}

/** Every machine of the draft, with its workshop. */
export function draftMachines(draft: Draft): { workshop: DraftWorkshop; machine: DraftMachine }[] {
  return draft.workshops.flatMap((workshop) => workshop.machines.map((machine) => ({ workshop, machine })));
}

const fixText = (text: string) => fixTypography(text.trim());

/**
 * The company as the content pack holds it, with the model's final node names (`machine:<id>`,
 * `viewpoint:<workshop>`), texts in French typography. Not validated here: see `validateDraft`.
 */
export function draftToCompany(draft: Draft): Company {
  const id = companyId(draft);
  const { company } = draft;
  const transition = company.transition;
  return {
    id,
    name: fixText(company.name),
    sector: company.sector,
    town: fixText(company.town),
    lat: company.lat ?? Number.NaN,
    lon: company.lon ?? Number.NaN,
    description: fixText(company.description),
    headcount: company.headcount ?? 0,
    invented: company.invented ?? true,
    products: company.products.map(fixText).filter((p) => p.length > 0),
    model: `models/${id}.glb`,
    workshops: draft.workshops.map((workshop) => ({
      id: workshop.id,
      name: fixText(workshop.name),
      description: fixText(workshop.description),
      viewpoint: viewpointNodeName(workshop.id),
      machines: workshop.machines.map((machine) => ({
        id: machine.id,
        name: fixText(machine.name),
        node: machineNodeName(machine.id),
        description: fixText(machine.description),
        jobs: machine.jobs,
      })),
    })),
    ...(transition.theme !== ""
      ? {
          transition: {
            theme: transition.theme,
            title: fixText(transition.title),
            text: fixText(transition.text),
          },
        }
      : {}),
  };
}

/** One thing the draft still lacks before export, in the page's language. */
export interface DraftGap {
  /** Where to fix it: a field path (`company.name`, `workshops.0.viewpoint`). */
  where: string;
  message: string;
}

/** The schema's field names, as the officer reads them in a gap. */
const fieldKeys: Record<string, EditorStringKey> = {
  name: "gapFieldName",
  sector: "gapFieldSector",
  town: "gapFieldTown",
  lat: "gapFieldTown",
  lon: "gapFieldTown",
  description: "gapFieldDescription",
  headcount: "gapFieldHeadcount",
  products: "gapFieldProducts",
  workshops: "gapFieldWorkshops",
  machines: "gapFieldMachines",
  jobs: "gapFieldJobs",
  viewpoint: "gapFieldViewpoint",
  theme: "gapFieldTheme",
  title: "gapFieldTitle",
  text: "gapFieldText",
};

/** What the schema found, in plain words. */
const issueKeys: Record<string, EditorStringKey> = {
  too_small: "issueTooSmall",
  too_big: "issueTooBig",
  invalid_type: "issueInvalidType",
  invalid_value: "issueInvalidValue",
  invalid_format: "issueInvalidFormat",
};

/**
 * What the draft lacks for the visit and `check:content`: the schema's verdict on the company,
 * plus what the model needs (a floor and a viewpoint per workshop, a transition story), in
 * `locale` (French unless told).
 */
export function draftGaps(draft: Draft, locale: Locale = "fr"): DraftGap[] {
  const say = (key: EditorStringKey, vars?: MessageVars) =>
    editorText(locale, vars === undefined ? { key } : { key, vars });
  const workshopName = (w: number) => draft.workshops[w]?.name || say("gapWorkshopUnnamed", { n: w + 1 });
  const gaps: DraftGap[] = [];
  const result = companySchema.safeParse(draftToCompany(draft));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const last = [...path].reverse().find((p) => Number.isNaN(Number(p))) ?? "";
      const fieldKey = fieldKeys[last];
      const field = fieldKey ? say(fieldKey) : say("gapFieldOther", { name: last });
      const issueKey = issueKeys[issue.code];
      const problem = say(issueKey ?? "issueOther");
      let message: string;
      if (path[0] !== "workshops" || path[1] === undefined) {
        message = say("gapCompany", { field, problem });
      } else if (path[2] === "machines" && path[3] !== undefined) {
        const w = Number(path[1]);
        const m = Number(path[3]);
        const machine = draft.workshops[w]?.machines[m]?.name || String(m + 1);
        message = say("gapMachine", { workshop: workshopName(w), machine, field, problem });
      } else {
        message = say("gapWorkshop", { workshop: workshopName(Number(path[1])), field, problem });
      }
      gaps.push({ where: path.join("."), message });
    }
  }
  draft.workshops.forEach((workshop, w) => {
    if (workshop.floor === null)
      gaps.push({ where: `workshops.${w}.floor`, message: say("gapFloor", { workshop: workshopName(w) }) });
    if (workshop.viewpoint === null)
      gaps.push({
        where: `workshops.${w}.viewpoint`,
        message: say("gapViewpoint", { workshop: workshopName(w) }),
      });
  });
  if (draft.company.transition.theme === "")
    gaps.push({ where: "company.transition", message: say("gapTransition") });
  return gaps;
}
