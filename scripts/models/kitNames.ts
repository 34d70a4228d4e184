/**
 * The machine shapes the model generator knows how to draw. A machine in `companies.json`
 * names one of these in its `kit` field; `npm run check:content` rejects any other name.
 */
export const kitNames = [
  // shared by many sectors
  "conveyor",
  "robot-arm",
  "control-desk",
  "storage-tank",
  "overhead-crane",
  "workbench",
  "cnc-machine",
  "forklift",
  "pallet-rack",
  "electrical-cabinet",
  "pump",
  "lab-bench",
  "packaging-machine",
  // métallurgie
  "blast-furnace",
  "converter",
  "ladle",
  "rolling-mill",
  "welding-cell",
  "press-brake",
  // chimie, pétrole, santé-pharmacie
  "reactor",
  "distillation-column",
  "pipe-rack",
  "heat-exchanger",
  "flare-stack",
  "tablet-press",
  "blister-machine",
  // maritime
  "gantry-crane",
  "hull-section",
  "ship-engine",
  "container-stack",
  "dry-dock",
  // électricité
  "turbine",
  "alternator",
  "transformer",
  "cable-drum",
  "pylon",
  "solar-panels",
  // agroalimentaire
  "oven",
  "filler",
  "mixer",
  "cutting-line",
  // plasturgie
  "injection-press",
  "extruder",
  "granulate-silo",
  // cimenterie
  "rotary-kiln",
  "cyclone-tower",
  "silo",
  "crusher",
  // mode
  "cutting-table",
  "sewing-station",
  "loom",
  "pattern-table",
  // microélectronique
  "wafer-tool",
  "clean-bench",
  "wafer-stocker",
  "microscope",
  // aéronautique
  "assembly-jig",
  "autoclave",
  "fuselage-section",
  "helicopter",
  // parfum-cosmétique
  "still",
  "perfume-organ",
] as const;

export type KitName = (typeof kitNames)[number];
