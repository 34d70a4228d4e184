import type { Company, Workshop } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { openMachine } from "../state/actions";
import { factoryStrings } from "./factoryStrings";
import "./factory.css";

export interface MachineList2DProps {
  company: Company;
  workshop: Workshop;
}

/**
 * The workshop without WebGL: its machines as a plain list of the same `button[data-machine]`
 * that the 3D hotspots are, so the trade panel opens the same way and focus returns to them.
 *
 * ```tsx
 * {webglProblem === "unavailable" ? <MachineList2D company={company} workshop={workshop} /> : null}
 * ```
 */
export function MachineList2D({ company, workshop }: MachineList2DProps) {
  const t = useDictionary(factoryStrings);
  return (
    <nav className="machine-list-2d" aria-label={t("machinesInWorkshop")}>
      <p className="machine-list-2d-intro">{t("machineList")}</p>
      <ol>
        {workshop.machines.map((machine) => (
          <li key={machine.id}>
            <button
              type="button"
              className="button secondary"
              data-machine={machine.id}
              onClick={() => openMachine(company.id, workshop.id, machine.id)}
            >
              {machine.name}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
