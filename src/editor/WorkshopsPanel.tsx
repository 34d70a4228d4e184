import { useId, useState } from "react";
import type { Job } from "../content/schema";
import { matchesQuery } from "../content/searchText";
import { useDictionary } from "../i18n/useT";
import { type Draft, type DraftMachine, type DraftWorkshop, draftMachines, uniqueSlug } from "./draft";
import { editorStrings } from "./editorStrings";

export interface WorkshopsPanelProps {
  draft: Draft;
  jobs: readonly Job[];
  selected: string | null;
  onChange(draft: Draft): void;
  onSelect(node: string): void;
}

const maxResults = 6;

function JobPicker({
  chosen,
  jobs,
  onChange,
}: {
  chosen: string[];
  jobs: readonly Job[];
  onChange(jobs: string[]): void;
}) {
  const t = useDictionary(editorStrings);
  const [query, setQuery] = useState("");
  const id = useId();
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const results =
    query.trim() === ""
      ? []
      : jobs
          .filter((j) => !chosen.includes(j.id) && matchesQuery(query, [j.title, j.rome, ...j.skills]))
          .slice(0, maxResults);
  return (
    <fieldset className="editor-jobs">
      <legend>{t("jobsLegend")}</legend>
      {chosen.length === 0 ? <p className="editor-muted">{t("jobsNone")}</p> : null}
      <ul className="editor-chips">
        {chosen.map((jobId) => {
          const title = byId.get(jobId)?.title ?? jobId;
          return (
            <li key={jobId} data-editor-job={jobId}>
              {/* The pack's trades are written in French, whatever the page's language. */}
              <span lang="fr">{title}</span>
              <button
                type="button"
                aria-label={t("jobRemove", { title })}
                onClick={() => onChange(chosen.filter((j) => j !== jobId))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={`${id}-search`}>{t("jobsSearch")}</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {query.trim() !== "" && results.length === 0 ? (
        <p className="editor-muted">{t("jobsNoMatch")}</p>
      ) : null}
      <ul className="editor-job-results">
        {results.map((job) => (
          <li key={job.id}>
            <button
              type="button"
              data-editor-add-job={job.id}
              onClick={() => {
                onChange([...chosen, job.id]);
                setQuery("");
              }}
            >
              + <span lang="fr">{job.title}</span> <span className="editor-muted">({job.rome})</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function MachineEditor(props: {
  machine: DraftMachine;
  jobs: readonly Job[];
  open: boolean;
  onChange(machine: DraftMachine): void;
  onRemove(): void;
  onSelect(): void;
}) {
  const { machine, jobs, open, onChange, onRemove, onSelect } = props;
  const t = useDictionary(editorStrings);
  const id = useId();
  return (
    <li className="editor-machine" data-editor-machine={machine.id}>
      <details open={open}>
        <summary onClick={onSelect}>{machine.name || machine.node}</summary>
        <div className="editor-form">
          <label htmlFor={`${id}-name`}>{t("fieldMachineName")}</label>
          <input
            id={`${id}-name`}
            value={machine.name}
            onChange={(e) => onChange({ ...machine, name: e.target.value })}
          />
          <label htmlFor={`${id}-description`}>{t("fieldMachineDescription")}</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={machine.description}
            onChange={(e) => onChange({ ...machine, description: e.target.value })}
          />
          <JobPicker
            chosen={machine.jobs}
            jobs={jobs}
            onChange={(chosen) => onChange({ ...machine, jobs: chosen })}
          />
          <button type="button" className="editor-link-button" onClick={onRemove}>
            {t("removeMachine")}
          </button>
        </div>
      </details>
    </li>
  );
}

/** The workshops, their floor and viewpoint, and the machines of each with their trades. */
export function WorkshopsPanel({ draft, jobs, selected, onChange, onSelect }: WorkshopsPanelProps) {
  const t = useDictionary(editorStrings);
  const id = useId();
  const setWorkshop = (index: number, workshop: DraftWorkshop) =>
    onChange({ ...draft, workshops: draft.workshops.map((w, i) => (i === index ? workshop : w)) });
  const renameWorkshop = (index: number, workshop: DraftWorkshop, name: string) => {
    const taken = draft.workshops.filter((_, i) => i !== index).map((w) => w.id);
    setWorkshop(index, { ...workshop, name, id: uniqueSlug(name, taken, `atelier-${index + 1}`) });
  };
  const renameMachine = (w: number, workshop: DraftWorkshop, m: number, machine: DraftMachine) => {
    const taken = draftMachines(draft)
      .filter((entry) => entry.machine !== workshop.machines[m])
      .map((entry) => entry.machine.id);
    const updated = { ...machine, id: uniqueSlug(machine.name, taken, `machine-${m + 1}`) };
    setWorkshop(w, { ...workshop, machines: workshop.machines.map((x, i) => (i === m ? updated : x)) });
  };
  const addWorkshop = () => {
    const name = String(t("workshopDefault", { n: draft.workshops.length + 1 }));
    const workshop: DraftWorkshop = {
      id: uniqueSlug(
        name,
        draft.workshops.map((w) => w.id),
        "atelier",
      ),
      name,
      description: "",
      floor: null,
      viewpoint: null,
      machines: [],
    };
    onChange({ ...draft, workshops: [...draft.workshops, workshop] });
  };
  return (
    <div className="editor-workshops">
      {draft.workshops.map((workshop, w) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: the id follows the name as it is typed; the index keeps focus in the field
          key={`${w}`}
          className="editor-workshop"
          data-editor-workshop={workshop.id}
          aria-label={workshop.name}
        >
          <div className="editor-form">
            <label htmlFor={`${id}-${w}-name`}>{t("fieldWorkshopName")}</label>
            <input
              id={`${id}-${w}-name`}
              value={workshop.name}
              onChange={(e) => renameWorkshop(w, workshop, e.target.value)}
            />
            <label htmlFor={`${id}-${w}-description`}>{t("fieldWorkshopDescription")}</label>
            <textarea
              id={`${id}-${w}-description`}
              rows={2}
              value={workshop.description}
              onChange={(e) => setWorkshop(w, { ...workshop, description: e.target.value })}
            />
          </div>
          <ul className="editor-status">
            <li data-done={workshop.floor !== null}>
              {workshop.floor === null
                ? t("floorNone")
                : workshop.floor.kind === "node"
                  ? t("floorNode", { name: workshop.floor.node })
                  : t("floorRect", {
                      w: Math.round(workshop.floor.maxX - workshop.floor.minX),
                      d: Math.round(workshop.floor.maxZ - workshop.floor.minZ),
                    })}
            </li>
            <li data-done={workshop.viewpoint !== null}>
              {workshop.viewpoint ? t("viewpointSaved") : t("viewpointNone")}
            </li>
          </ul>
          {workshop.machines.length === 0 ? <p className="editor-muted">{t("machinesNone")}</p> : null}
          <ul className="editor-machines">
            {workshop.machines.map((machine, m) => (
              <MachineEditor
                key={machine.node}
                machine={machine}
                jobs={jobs}
                open={selected === machine.node}
                onSelect={() => onSelect(machine.node)}
                onChange={(updated) =>
                  updated.name !== machine.name
                    ? renameMachine(w, workshop, m, updated)
                    : setWorkshop(w, {
                        ...workshop,
                        machines: workshop.machines.map((x, i) => (i === m ? updated : x)),
                      })
                }
                onRemove={() =>
                  setWorkshop(w, { ...workshop, machines: workshop.machines.filter((_, i) => i !== m) })
                }
              />
            ))}
          </ul>
          <button
            type="button"
            className="editor-link-button"
            onClick={() => onChange({ ...draft, workshops: draft.workshops.filter((_, i) => i !== w) })}
          >
            {t("removeWorkshop")}
          </button>
        </section>
      ))}
      <button type="button" onClick={addWorkshop}>
        {t("addWorkshop")}
      </button>
    </div>
  );
}
