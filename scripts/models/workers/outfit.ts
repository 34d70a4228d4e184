import type { FigureColor } from "../scene/palette";

/** What a worker wears on the head; a hood is the clean-room suit's. */
export type Headwear = "helmet" | "cap" | "hairnet" | "hood" | "none";
/** Eye and face protection: safety glasses, goggles, a face shield on the helmet, a welding mask. */
export type Eyewear = "glasses" | "goggles" | "visor" | "welding" | "none";

/** Work clothes and safety gear, as colours of the figure's pieces. */
export interface Outfit {
  top: FigureColor;
  trousers: FigureColor;
  shoes: FigureColor;
  /** Null: bare hands. */
  gloves: FigureColor | null;
  /** A coat to the knees over the top (lab coat, heat-protective coat, ESD smock). */
  coat: FigureColor | null;
  /** A high-visibility vest (with reflective bands) or a lifejacket. */
  vest: FigureColor | null;
  lifejacket: boolean;
  harness: boolean;
  head: Headwear;
  headColor: FigureColor;
  eyes: Eyewear;
  /** A dust or clean-room mask over mouth and nose. */
  mask: boolean;
  apron: FigureColor | null;
  /** Reflective bands on the trousers (flame-resistant coveralls of refineries and chemistry). */
  bands: boolean;
  /** A small gas detector clipped on the chest. */
  gasDetector: boolean;
  /** A tape measure around the neck (fashion trades). */
  tapeMeasure: boolean;
}

/** Machines that stand in a clean room: whoever works there wears the suit. */
const cleanRoomKits = new Set([
  "wafer-tool",
  "wafer-stocker",
  "clean-bench",
  "tablet-press",
  "blister-machine",
]);

const engineerLike =
  /^(ingenieur|chef-equipe|responsable|dessinateur|designer|technicien-methodes|technicien-ordonnancement|conducteur-travaux|inspecteur)/;
const maintenanceLike =
  /(maintenance|mecanicien|electricien|automaticien|electromecanicien|bobinier|regleur)/;
const labLike =
  /^(technicien-laboratoire|technicien-rd|ingenieur-rd|technicien-microbiologie|technicien-formulation|aromaticien|parfumeur)$/;
const vestJobs = new Set([
  "cariste",
  "docker",
  "agent-exploitation-portuaire",
  "conducteur-engins",
  "mineur-boutefeu",
  "responsable-carriere",
  "conducteur-travaux",
  "magasinier",
  "grutier",
  "portiqueur",
  "pontier",
  "technicien-hse",
  "ingenieur-hse",
]);
const harnessJobs = new Set([
  "cordiste",
  "monteur-reseaux",
  "charpentier-metallique",
  "monteur-structures-metalliques",
]);
const hotJobs = new Set(["operateur-haut-fourneau", "operateur-acierie", "fondeur-mouleur"]);
/** Sectors where a helmet is worn on the shop floor. */
const helmetSectors = new Set(["metallurgie", "chimie", "petrole", "cimenterie", "maritime", "electricite"]);
/** Sectors where hair is covered wherever product is handled. */
const hygieneSectors = new Set(["agroalimentaire", "sante-pharmacie", "parfum-cosmetique"]);

function base(): Outfit {
  return {
    top: "workBlue",
    trousers: "workBlue",
    shoes: "black",
    gloves: null,
    coat: null,
    vest: null,
    lifejacket: false,
    harness: false,
    head: "none",
    headColor: "helmetYellow",
    eyes: "none",
    mask: false,
    apron: null,
    bands: false,
    gasDetector: false,
    tapeMeasure: false,
  };
}

function helmetColor(job: string): FigureColor {
  if (engineerLike.test(job) || job.endsWith("-hse")) return "helmetWhite";
  if (maintenanceLike.test(job)) return "helmetBlue";
  return "helmetYellow";
}

/** Casual or office clothes for design trades and engineers, varied by `pick` (0–1). */
function civilTop(pick: number): FigureColor {
  const tops: FigureColor[] = ["paleBlue", "teal", "burgundy", "denim", "offWhite", "grey"];
  return tops[Math.floor(pick * tops.length) % tops.length] ?? "paleBlue";
}

/**
 * The work clothes and safety gear of `job` in `sector`, at a machine of kind `kit`: clean-room
 * suits in clean rooms, hairnets where food, medicines and cosmetics are made, helmets in heavy
 * industry, hi-vis vests where vehicles move, harnesses for work at height, heat-protective coats
 * at the furnace. `pick` (0–1, seeded per worker) varies the colours of casual clothes.
 */
export function outfitFor(sector: string, job: string, kit: string | undefined, pick: number): Outfit {
  const o = base();
  const engineer = engineerLike.test(job);
  const lab = labLike.test(job) || job === "technicien-qualite" || job === "ingenieur-qualite";

  if (
    cleanRoomKits.has(kit ?? "") ||
    job === "technicien-salle-blanche" ||
    job === "operateur-production-pharma"
  ) {
    return {
      ...o,
      top: "white",
      trousers: "white",
      shoes: "white",
      gloves: "nitrile",
      head: "hood",
      headColor: "white",
      eyes: "glasses",
      mask: true,
    };
  }

  if (engineer) {
    o.top = civilTop(pick);
    o.trousers = pick < 0.5 ? "charcoal" : "denim";
  }

  switch (sector) {
    case "metallurgie":
      o.top = engineer ? o.top : "navy";
      o.trousers = engineer ? o.trousers : "navy";
      o.gloves = engineer ? null : "leather";
      o.eyes = "glasses";
      if (hotJobs.has(job)) {
        o.coat = "aluminized";
        o.eyes = "visor";
      }
      if (job === "soudeur" || job === "chaudronnier") {
        o.apron = "leather";
        o.eyes = job === "soudeur" ? "welding" : "goggles";
      }
      if (job === "grenailleur" || job === "peintre-industriel") o.mask = true;
      break;
    case "chimie":
    case "petrole":
      if (!engineer) {
        o.top = "navy";
        o.trousers = "navy";
        o.bands = true;
      }
      o.gloves = "nitrile";
      o.eyes = "goggles";
      if (job === "operateur-exterieur" || job === "operateur-fabrication-chimique") o.gasDetector = true;
      break;
    case "cimenterie":
      if (!engineer) {
        o.top = "grey";
        o.trousers = "grey";
      }
      o.vest = "hiVisOrange";
      o.eyes = "glasses";
      o.mask = job !== "pilote-four";
      o.gloves = engineer ? null : "leather";
      break;
    case "electricite":
      if (!engineer) {
        o.top = "navy";
        o.trousers = "navy";
      }
      o.gloves = /electri|essais/.test(job) ? "red" : "leather";
      o.eyes = /electri|essais/.test(job) ? "visor" : "glasses";
      break;
    case "maritime":
      if (job === "officier-marine") {
        o.top = "white";
        o.trousers = "navy";
        o.head = "cap";
        o.headColor = "navy";
        return o;
      }
      if (job === "matelot") {
        o.vest = "hiVisOrange";
        o.lifejacket = true;
      } else {
        o.vest = vestJobs.has(job) || !maintenanceLike.test(job) ? "hiVisYellow" : null;
      }
      o.gloves = "leather";
      o.eyes = job === "soudeur" ? "welding" : "glasses";
      if (job === "technicien-composites" || job === "peintre-industriel") {
        o.top = "white";
        o.trousers = "white";
        o.mask = true;
        o.gloves = "nitrile";
      }
      break;
    case "agroalimentaire":
      o.top = maintenanceLike.test(job) ? "navy" : "white";
      o.trousers = maintenanceLike.test(job) ? "navy" : "white";
      o.coat = maintenanceLike.test(job) ? null : "white";
      o.shoes = "white";
      o.gloves = /operateur|preparateur|conducteur/.test(job) ? "nitrile" : null;
      break;
    case "sante-pharmacie":
    case "parfum-cosmetique":
      o.top = maintenanceLike.test(job) ? "navy" : "white";
      o.trousers = maintenanceLike.test(job) ? "navy" : "white";
      o.coat = maintenanceLike.test(job) || job === "operateur-extraction" ? null : "white";
      o.gloves = "nitrile";
      o.eyes = "glasses";
      break;
    case "plasturgie":
      o.top = engineer ? o.top : "workBlue";
      o.trousers = engineer ? o.trousers : "charcoal";
      o.eyes = "glasses";
      o.gloves = job === "agent-tri" ? "hiVisOrange" : engineer ? null : "black";
      break;
    case "mode":
      o.top = civilTop(pick);
      o.trousers = pick < 0.5 ? "charcoal" : "denim";
      o.shoes = "black";
      if (job === "styliste" || job === "modeliste" || job === "patronnier-gradeur" || job === "prototypiste")
        o.tapeMeasure = true;
      if (job === "coupeur") {
        o.apron = "charcoal";
        o.gloves = "steel";
      }
      if (job === "operateur-confection" || job === "tisserand" || job === "agent-finition") o.apron = "teal";
      if (job === "imprimeur-textile") {
        o.apron = "black";
        o.gloves = "nitrile";
      }
      if (maintenanceLike.test(job)) {
        o.top = "navy";
        o.trousers = "navy";
      }
      break;
    case "microelectronique":
      o.top = engineer ? o.top : "paleBlue";
      o.coat = "paleBlue";
      o.eyes = "glasses";
      break;
    case "aeronautique":
      if (!engineer) {
        o.top = "navy";
        o.trousers = "navy";
      }
      o.eyes = "glasses";
      if (job === "technicien-composites" || job === "peintre-industriel") {
        o.top = "white";
        o.trousers = "white";
        o.mask = true;
        o.gloves = "nitrile";
        if (job === "peintre-industriel") {
          o.head = "hood";
          o.headColor = "white";
        }
      }
      if (job === "operateur-traitement-surface") {
        o.apron = "black";
        o.gloves = "nitrile";
        o.eyes = "goggles";
      }
      break;
    default:
      break;
  }

  if (lab && !o.coat) {
    o.coat = "white";
    o.gloves = "nitrile";
    if (o.eyes === "none" || o.eyes === "visor") o.eyes = "glasses";
  }
  if (vestJobs.has(job) && !o.vest) o.vest = "hiVisYellow";
  if (harnessJobs.has(job)) {
    o.harness = true;
    o.vest = o.vest ?? "hiVisYellow";
  }
  if (o.head === "none") {
    if (helmetSectors.has(sector)) {
      o.head = "helmet";
      o.headColor = helmetColor(job);
    } else if (hygieneSectors.has(sector)) {
      o.head = "hairnet";
      o.headColor = sector === "agroalimentaire" ? "white" : "paleBlue";
    } else if (o.vest) {
      o.head = "helmet";
      o.headColor = helmetColor(job);
    }
  }
  if (o.head === "helmet" && o.eyes === "none") o.eyes = "glasses";
  return o;
}
