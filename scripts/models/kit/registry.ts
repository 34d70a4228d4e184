import type { KitName } from "../kitNames";
import * as aero from "./aero";
import * as cement from "./cement";
import * as chemistry from "./chemistry";
import * as common from "./common";
import * as energy from "./energy";
import * as fashion from "./fashion";
import * as food from "./food";
import { genericMachine } from "./genericMachine";
import type { KitBuilder } from "./KitBuilder";
import * as maritime from "./maritime";
import * as micro from "./micro";
import * as perfume from "./perfume";
import * as pharma from "./pharma";
import * as plastics from "./plastics";
import * as steel from "./steel";

/** Every kit name of `kitNames.ts` and the builder that draws it (the type checks completeness). */
export const kitBuilders: Record<KitName, KitBuilder> = {
  conveyor: common.conveyor,
  "robot-arm": common.robotArmKit,
  "control-desk": common.controlDesk,
  "storage-tank": common.storageTank,
  "overhead-crane": common.overheadCrane,
  workbench: common.workbench,
  "cnc-machine": common.cncMachine,
  forklift: common.forklift,
  "pallet-rack": common.palletRack,
  "electrical-cabinet": common.electricalCabinet,
  pump: common.pump,
  "lab-bench": common.labBench,
  "packaging-machine": common.packagingMachine,
  "blast-furnace": steel.blastFurnace,
  converter: steel.converter,
  ladle: steel.ladle,
  "rolling-mill": steel.rollingMill,
  "welding-cell": steel.weldingCell,
  "press-brake": steel.pressBrake,
  reactor: chemistry.reactor,
  "distillation-column": chemistry.distillationColumn,
  "pipe-rack": chemistry.pipeRack,
  "heat-exchanger": chemistry.heatExchanger,
  "flare-stack": chemistry.flareStack,
  "tablet-press": pharma.tabletPress,
  "blister-machine": pharma.blisterMachine,
  "gantry-crane": maritime.gantryCrane,
  "hull-section": maritime.hullSection,
  "ship-engine": maritime.shipEngine,
  "container-stack": maritime.containerStack,
  "dry-dock": maritime.dryDock,
  turbine: energy.turbine,
  alternator: energy.alternator,
  transformer: energy.transformer,
  "cable-drum": energy.cableDrum,
  pylon: energy.pylon,
  "solar-panels": energy.solarPanels,
  oven: food.oven,
  filler: food.filler,
  mixer: food.mixer,
  "cutting-line": food.cuttingLine,
  "injection-press": plastics.injectionPress,
  extruder: plastics.extruder,
  "granulate-silo": plastics.granulateSilo,
  "rotary-kiln": cement.rotaryKiln,
  "cyclone-tower": cement.cycloneTower,
  silo: cement.silo,
  crusher: cement.crusher,
  "cutting-table": fashion.cuttingTable,
  "sewing-station": fashion.sewingStation,
  loom: fashion.loom,
  "pattern-table": fashion.patternTable,
  "wafer-tool": micro.waferTool,
  "clean-bench": micro.cleanBench,
  "wafer-stocker": micro.waferStocker,
  microscope: micro.microscope,
  "assembly-jig": aero.assemblyJig,
  autoclave: aero.autoclave,
  "fuselage-section": aero.fuselageSection,
  helicopter: aero.helicopter,
  still: perfume.still,
  "perfume-organ": perfume.perfumeOrgan,
};

/** The builder for a machine's `kit`, or the generic machine when it is missing or unknown. */
export function builderFor(kit: string | undefined): KitBuilder {
  if (kit !== undefined && Object.hasOwn(kitBuilders, kit)) return kitBuilders[kit as KitName];
  return genericMachine;
}
