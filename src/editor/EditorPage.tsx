import { Component, type ReactNode, useCallback, useId, useMemo, useRef, useState } from "react";
import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { BudgetPanel, useFormatBytes } from "./BudgetPanel";
import { CompanyForm } from "./CompanyForm";
import { type Draft, draftGaps, draftMachines, uniqueSlug, type Vec3 } from "./draft";
import { EditorViewer, type HiddenMachine, type ViewerHandle } from "./EditorViewer";
import { editorStrings } from "./editorStrings";
import { ModelTree } from "./ModelTree";
import { useEditorSession } from "./useEditorSession";
import { WorkshopsPanel } from "./WorkshopsPanel";
import "./editor.css";

/** A viewer that fails (WebGL lost, a model three.js cannot draw) says so and leaves the forms usable. */
class ViewerBoundary extends Component<
  { children: ReactNode; message: string; resetKey: unknown },
  { failed: string | null }
> {
  override state = { failed: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { failed: error.message };
  }
  override componentDidUpdate(previous: { resetKey: unknown }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: null });
  }
  override render() {
    if (this.state.failed) {
      return (
        <div className="editor-viewer editor-viewer-failed" role="alert">
          {this.props.message} ({this.state.failed})
        </div>
      );
    }
    return this.props.children;
  }
}

/** The parent chain of a node, from the scene's root down to it (names as in the tree). */
function ancestry(tree: readonly { name: string; depth: number }[], name: string): string[] {
  const index = tree.findIndex((row) => row.name === name);
  if (index < 0) return [];
  const chain = [name];
  let depth = tree[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0 && depth > 0; i -= 1) {
    const row = tree[i];
    if (row && row.depth < depth) {
      chain.unshift(row.name);
      depth = row.depth;
    }
  }
  return chain;
}

/**
 * `#/editeur`: a company imports its 3D model, names workshops, floors, viewpoints and machines by
 * clicking it, links trades, watches its budgets, optimises, previews and exports a zip.
 */
export default function EditorPage() {
  const t = useDictionary(editorStrings);
  const content = useStore((s) => s.content);
  const pack = content.status === "ready" ? content.content : null;
  const session = useEditorSession();
  const { draft, working, budget, notice } = session;
  const [selected, setSelected] = useState<string | null>(null);
  const [workshopIndex, setWorkshopIndex] = useState(0);
  const [drawing, setDrawing] = useState<{ first: Vec3 | null } | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const viewer = useRef<ViewerHandle | null>(null);
  const [hidden, setHidden] = useState<HiddenMachine[]>([]);
  const onHiddenMachines = useCallback(
    (next: HiddenMachine[]) =>
      setHidden((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next)),
    [],
  );
  const id = useId();
  const bytes = useFormatBytes();

  const nodeNames = useMemo(() => new Set(working?.tree.map((row) => row.name) ?? []), [working]);
  const roles = useMemo(() => {
    const map = new Map<string, "machine" | "floor">();
    if (!draft) return map;
    for (const { machine } of draftMachines(draft)) map.set(machine.node, "machine");
    for (const w of draft.workshops) if (w.floor?.kind === "node") map.set(w.floor.node, "floor");
    return map;
  }, [draft]);
  const locale = useStore((s) => s.locale);
  const gaps = useMemo(() => (draft ? draftGaps(draft, locale) : []), [draft, locale]);
  const workshop = draft?.workshops[Math.min(workshopIndex, Math.max(0, (draft?.workshops.length ?? 1) - 1))];
  const chain = working && selected ? ancestry(working.tree, selected) : [];

  const update = (next: Draft) => session.setDraft(next);
  const updateWorkshop = (change: (w: NonNullable<typeof workshop>) => NonNullable<typeof workshop>) => {
    if (!draft || !workshop) return;
    update({ ...draft, workshops: draft.workshops.map((w) => (w === workshop ? change(w) : w)) });
  };

  const makeMachine = () => {
    if (!draft || !workshop || !selected) return;
    const taken = draftMachines(draft).map((m) => m.machine.id);
    // A node is one machine at most: marking it again moves it to this workshop.
    const cleared = draft.workshops.map((w) => ({
      ...w,
      machines: w.machines.filter((m) => m.node !== selected),
    }));
    const name = selected.replace(/[._-]+/g, " ").trim();
    const machine = {
      id: uniqueSlug(name, taken, "machine"),
      name,
      description: "",
      jobs: [],
      node: selected,
    };
    update({
      ...draft,
      workshops: cleared.map((w) =>
        w.id === workshop.id ? { ...w, machines: [...w.machines, machine] } : w,
      ),
    });
  };
  const makeFloor = () =>
    selected && updateWorkshop((w) => ({ ...w, floor: { kind: "node", node: selected } }));
  const saveViewpoint = () => {
    const camera = viewer.current?.camera();
    if (camera) updateWorkshop((w) => ({ ...w, viewpoint: camera }));
  };
  const floorCorner = (point: Vec3) => {
    if (!drawing) return;
    if (!drawing.first) {
      setDrawing({ first: point });
      return;
    }
    const [ax, ay, az] = drawing.first;
    const [bx, by, bz] = point;
    updateWorkshop((w) => ({
      ...w,
      floor: {
        kind: "rect",
        minX: Math.min(ax, bx),
        maxX: Math.max(ax, bx),
        minZ: Math.min(az, bz),
        maxZ: Math.max(az, bz),
        y: Math.min(ay, by),
      },
    }));
    setDrawing(null);
  };

  const onFiles = (list: FileList | null) => {
    if (list && list.length > 0) void session.importFiles([...list]);
  };
  const noticeText = notice ? t(notice.key, notice.vars) : "";

  return (
    <div className="page editor-page">
      <header className="editor-header">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="editor-steps">{t("steps")}</p>
      </header>
      <div className="editor-notices">
        {notice?.kind === "alert" ? (
          <div role="alert" className="editor-alert">
            <span>{noticeText}</span>
            <button type="button" onClick={() => session.setNotice(null)}>
              {t("dismiss")}
            </button>
          </div>
        ) : null}
        <p role="status" className="editor-status-line">
          {session.busy ? t(session.busy as "importing") : notice?.kind === "status" ? noticeText : ""}
        </p>
      </div>
      {/* Files may be dropped anywhere on the editor, not only on the import box. */}
      <div
        className="editor-layout"
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragOver(false);
          onFiles(e.dataTransfer.files);
        }}
      >
        <aside className="editor-left">
          <section className={`editor-drop${dragOver ? " editor-drop-over" : ""}`}>
            <h2>{t("importTitle")}</h2>
            {/* NOTE: the native input names its button in the browser's language; a label in ours stands over it. */}
            <input
              id={`${id}-file`}
              className="editor-file-input"
              type="file"
              multiple
              accept=".glb,.gltf,.bin,.png,.jpg,.jpeg,.webp,.ktx2"
              data-editor-import
              disabled={session.busy !== null}
              onChange={(e) => {
                onFiles(e.target.files);
                e.target.value = "";
              }}
            />
            <label htmlFor={`${id}-file`} className="editor-file-label">
              {t("importLabel")}
            </label>
            <p className="editor-muted">{t("importHint")}</p>
            {working ? <p className="editor-muted">{t("replaceWarning")}</p> : null}
          </section>
          {working ? (
            <section>
              <h2>{t("treeTitle")}</h2>
              <p className="editor-muted">{t("treeHint")}</p>
              <ModelTree rows={working.tree} selected={selected} roles={roles} onSelect={setSelected} />
            </section>
          ) : null}
        </aside>

        <section className="editor-centre" aria-label={t("viewerLabel")}>
          {working && draft ? (
            <ViewerBoundary message={t("error")} resetKey={working.glb}>
              <EditorViewer
                glb={working.glb}
                draft={draft}
                selected={selected}
                nodeNames={nodeNames}
                onSelect={setSelected}
                drawing={drawing !== null}
                onFloorCorner={floorCorner}
                handle={viewer}
                label={t("viewerLabel")}
                onHiddenMachines={onHiddenMachines}
              />
            </ViewerBoundary>
          ) : (
            <label
              htmlFor={`${id}-file`}
              className={`editor-viewer editor-viewer-empty${dragOver ? " editor-drop-over" : ""}`}
              aria-busy={session.restoring}
            >
              {t("viewerEmpty")}
            </label>
          )}
          {working && draft ? (
            <div className="editor-toolbar">
              <p className="editor-selection">
                {selected ? (
                  <>
                    {t("selection")} <strong data-editor-selected>{selected}</strong>
                  </>
                ) : (
                  t("selectionNone")
                )}
              </p>
              {chain.length > 1 ? (
                <p className="editor-chain">
                  {chain.slice(0, -1).map((name) => (
                    <button
                      key={name}
                      type="button"
                      className="editor-link-button"
                      onClick={() => setSelected(name)}
                    >
                      {t("selectParent", { name })}
                    </button>
                  ))}
                </p>
              ) : null}
              {draft.workshops.length === 0 ? (
                <p className="editor-muted">{t("needWorkshop")}</p>
              ) : (
                <div className="editor-actions">
                  <label htmlFor={`${id}-workshop`}>{t("makeMachineIn")}</label>
                  <select
                    id={`${id}-workshop`}
                    value={workshop?.id ?? ""}
                    onChange={(e) =>
                      setWorkshopIndex(draft.workshops.findIndex((w) => w.id === e.target.value))
                    }
                  >
                    {draft.workshops.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={!selected} onClick={makeMachine}>
                    {t("makeMachine")}
                  </button>
                  <button type="button" disabled={!selected} onClick={makeFloor}>
                    {t("makeFloor")}
                  </button>
                  {drawing ? (
                    <button type="button" onClick={() => setDrawing(null)}>
                      {t("cancel")}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setDrawing({ first: null })}>
                      {t("drawFloor")}
                    </button>
                  )}
                  <button type="button" onClick={saveViewpoint}>
                    {t("saveViewpoint")}
                  </button>
                  <button type="button" onClick={() => viewer.current?.frame(selected)}>
                    {t("frame")}
                  </button>
                </div>
              )}
              {drawing ? (
                <p className="editor-drawing" role="status">
                  {drawing.first ? t("drawFloorSecond") : t("drawFloorHelp")}
                </p>
              ) : null}
            </div>
          ) : null}
        </section>

        <aside className="editor-right">
          {draft && pack ? (
            <>
              <section>
                <h2>{t("companyTitle")}</h2>
                <CompanyForm
                  company={draft.company}
                  sectors={pack.sectors}
                  onChange={(company) => update({ ...draft, company })}
                />
              </section>
              <section>
                <h2>{t("workshopsTitle")}</h2>
                <WorkshopsPanel
                  draft={draft}
                  jobs={pack.jobs}
                  selected={selected}
                  onChange={update}
                  onSelect={setSelected}
                />
              </section>
            </>
          ) : null}
          <section>
            <h2>{t("budgetTitle")}</h2>
            <BudgetPanel budget={budget} hints={session.hints} />
          </section>
          {working && draft ? (
            <>
              <section>
                <h2>{t("optimiseTitle")}</h2>
                <p className="editor-muted">{t("optimiseHelp")}</p>
                <button
                  type="button"
                  disabled={session.busy !== null}
                  onClick={() => void session.optimise()}
                >
                  {t("optimise")}
                </button>
                {session.report ? (
                  <p data-editor-optimised>
                    {t("optimised", {
                      beforeBytes: bytes(session.report.before.bytes),
                      beforeTriangles: session.report.before.triangles,
                      beforeCalls: session.report.before.drawCalls,
                      afterBytes: bytes(session.report.after.bytes),
                      afterTriangles: session.report.after.triangles,
                      afterCalls: session.report.after.drawCalls,
                    })}
                  </p>
                ) : null}
              </section>
              <section>
                <h2>{t("finishTitle")}</h2>
                {gaps.length === 0 && hidden.length === 0 ? (
                  <p className="editor-ok">{t("gapsNone")}</p>
                ) : gaps.length === 0 ? null : (
                  <>
                    <p>{t("gapsTitle")}</p>
                    <ul className="editor-gaps" data-editor-gaps>
                      {gaps.map((gap) => (
                        <li key={`${gap.where}-${gap.message}`}>{gap.message}</li>
                      ))}
                    </ul>
                  </>
                )}
                {hidden.length > 0 ? (
                  <ul className="editor-gaps" data-editor-hidden>
                    {hidden.map((h) => (
                      <li key={`${h.workshop}-${h.machine}`}>{t("hiddenMachine", { ...h })}</li>
                    ))}
                  </ul>
                ) : null}
                <div className="editor-finish">
                  <button
                    type="button"
                    disabled={session.busy !== null}
                    onClick={() => void session.preview()}
                  >
                    {t("preview")}
                  </button>
                  <button
                    type="button"
                    className="editor-primary"
                    disabled={session.busy !== null}
                    onClick={() => void session.exportZip()}
                  >
                    {t("exportButton")}
                  </button>
                </div>
                <p className="editor-muted">
                  {t("previewHelp")} {t("exportHelp")}
                </p>
                <button
                  type="button"
                  className="editor-link-button"
                  onClick={() => {
                    if (window.confirm(String(t("discardConfirm")))) void session.discard();
                  }}
                >
                  {t("discard")}
                </button>
              </section>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
