import type { Document } from "@gltf-transform/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { companySchema } from "../content/schema";
import type { MessageVars } from "../i18n/formatMessage";
import { previewDraftCompany } from "../state/draftCompanyActions";
import { useStore } from "../state/store";
import { editorIO, MeshoptEncoder, resizeImageInBrowser, usesDraco } from "./browserIO";
import { type Draft, draftGaps, draftToCompany, emptyDraft } from "./draft";
import { deleteStoredDraft, loadStoredDraft, saveStoredDraft } from "./draftStorage";
import { editorText } from "./editorMessage";
import type { EditorStringKey } from "./editorStrings";
import { DraftIncompleteError, exportDraft, finalModel } from "./exportDraft";
import {
  budgetHints,
  checkImportFiles,
  ModelImportError,
  measureModel,
  modelTree,
  nameNodesUniquely,
  readModelFiles,
  type TreeRow,
} from "./modelDocument";
import { optimiseModel } from "./optimiseModel";

/** The model being edited: its bytes (what the viewer shows and the draft keeps) and its document. */
export interface WorkingModel {
  glb: Uint8Array;
  document: Document;
  tree: TreeRow[];
}

export interface OptimiseReport {
  before: { bytes: number; triangles: number; drawCalls: number };
  after: { bytes: number; triangles: number; drawCalls: number };
}

/**
 * A message for the officer, as a key of the editor's dictionary (said in the page's language):
 * `alert` for what went wrong, `status` for what went right.
 */
export type Notice = { kind: "alert" | "status"; key: EditorStringKey; vars?: MessageVars } | null;

const saveDelayMs = 400;

async function workingFrom(glb: Uint8Array): Promise<WorkingModel> {
  const io = await editorIO(false);
  const document = await io.readBinary(glb);
  nameNodesUniquely(document);
  return { glb, document, tree: modelTree(document) };
}

/** Keeps only what still points at nodes of the new model. */
function keepMatching(draft: Draft, names: ReadonlySet<string>, sourceName: string): Draft {
  return {
    ...draft,
    sourceName,
    workshops: draft.workshops.map((w) => ({
      ...w,
      floor: w.floor?.kind === "node" && !names.has(w.floor.node) ? null : w.floor,
      machines: w.machines.filter((m) => names.has(m.node)),
    })),
  };
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The editor's state and what the officer does with it: import, describe (through `setDraft`),
 * optimise, preview, export; the draft and the model are kept in IndexedDB as they change.
 */
export function useEditorSession() {
  const locale = useStore((s) => s.locale);
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [working, setWorking] = useState<WorkingModel | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [report, setReport] = useState<OptimiseReport | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<{ draft: Draft | null; glb: Uint8Array | null }>({ draft: null, glb: null });

  const persist = useCallback((next: Draft, glb: Uint8Array) => {
    latest.current = { draft: next, glb };
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveStoredDraft(next, glb).catch(() => setNotice({ kind: "alert", key: "storageFailed" }));
    }, saveDelayMs);
  }, []);

  // A draft kept in this browser comes back after a reload.
  useEffect(() => {
    let cancelled = false;
    loadStoredDraft()
      .then(async (stored) => {
        if (!stored || cancelled) return;
        const model = await workingFrom(stored.model);
        if (cancelled) return;
        latest.current = { draft: stored.draft, glb: stored.model };
        setWorking(model);
        setDraftState(stored.draft);
        setNotice({ kind: "status", key: "restored", vars: { name: stored.draft.sourceName } });
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setRestoring(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // Leaving the page saves at once what is still waiting.
  useEffect(
    () => () => {
      if (!saveTimer.current) return;
      clearTimeout(saveTimer.current);
      const { draft: last, glb } = latest.current;
      if (last && glb) saveStoredDraft(last, glb).catch(() => undefined);
    },
    [],
  );

  const setDraft = useCallback(
    (next: Draft) => {
      setDraftState(next);
      if (working) persist(next, working.glb);
    },
    [working, persist],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setNotice(null);
      try {
        // Refused by size and name before a byte is read: a 300 MB file never reaches memory.
        checkImportFiles(files);
        setBusy("importing");
        const read = await Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
        );
        const io = await editorIO(usesDraco(read));
        const document = await readModelFiles(io, read);
        const glb = await io.writeBinary(document);
        const model = await workingFrom(glb);
        const names = new Set(model.tree.map((row) => row.name));
        const modelFile =
          read.find((f) => /\.(glb|gltf)$/i.test(f.name))?.name ??
          editorText(locale, { key: "modelFallbackName" });
        const next = draft ? keepMatching(draft, names, modelFile) : emptyDraft(modelFile);
        setWorking(model);
        setDraftState(next);
        setReport(null);
        persist(next, glb);
        setNotice({ kind: "status", key: "imported", vars: { name: modelFile } });
      } catch (error) {
        setNotice(
          error instanceof ModelImportError
            ? { kind: "alert", ...error.text }
            : { kind: "alert", key: "importFailed", vars: { detail: (error as Error).message } },
        );
      } finally {
        setBusy(null);
      }
    },
    [draft, persist, locale],
  );

  const budget = useMemo(
    () => (working ? measureModel(working.document, working.glb.byteLength, draft) : null),
    [working, draft],
  );
  const hints = useMemo(() => (budget ? budgetHints(budget, locale) : []), [budget, locale]);

  const optimise = useCallback(async () => {
    if (!working || !draft || !budget) return;
    setBusy("optimising");
    setNotice(null);
    try {
      const io = await editorIO(false);
      const document = await io.readBinary(working.glb);
      await optimiseModel(document, draft, { encoder: MeshoptEncoder, resizeImage: resizeImageInBrowser });
      const glb = await io.writeBinary(document);
      const model = await workingFrom(glb);
      const after = measureModel(model.document, glb.byteLength, draft);
      setReport({
        before: { bytes: budget.bytes, triangles: budget.triangles, drawCalls: budget.drawCalls },
        after: { bytes: after.bytes, triangles: after.triangles, drawCalls: after.drawCalls },
      });
      setWorking(model);
      persist(draft, glb);
    } catch (error) {
      setNotice({ kind: "alert", key: "optimiseFailed", vars: { detail: (error as Error).message } });
    } finally {
      setBusy(null);
    }
  }, [working, draft, budget, persist]);

  const exportZip = useCallback(async () => {
    if (!working || !draft) return;
    setBusy("exporting");
    setNotice(null);
    try {
      const io = await editorIO(false);
      const result = await exportDraft(io, working.glb, draft, MeshoptEncoder);
      const file = `usine-${result.company.id}.zip`;
      download(result.zip, file);
      setNotice({ kind: "status", key: "exported", vars: { file } });
    } catch (error) {
      setNotice(
        error instanceof DraftIncompleteError
          ? {
              kind: "alert",
              key: "exportMissing",
              vars: {
                gaps: draftGaps(draft, locale)
                  .map((gap) => gap.message)
                  .join(editorText(locale, { key: "gapsSeparator" })),
              },
            }
          : { kind: "alert", key: "exportFailed", vars: { detail: (error as Error).message } },
      );
    } finally {
      setBusy(null);
    }
  }, [working, draft, locale]);

  const preview = useCallback(async () => {
    if (!working || !draft) return;
    const company = draftToCompany(draft);
    const check = companySchema.safeParse(company);
    if (!check.success) {
      setNotice({ kind: "alert", key: "previewNeeds" });
      return;
    }
    setBusy("working");
    try {
      const io = await editorIO(false);
      const glb = await finalModel(io, working.glb, draft, MeshoptEncoder);
      // Saved first, so that nothing is lost when the page changes.
      await saveStoredDraft(draft, working.glb);
      const url = URL.createObjectURL(
        new Blob([glb as Uint8Array<ArrayBuffer>], { type: "model/gltf-binary" }),
      );
      if (!previewDraftCompany({ ...check.data, model: url })) {
        setNotice({ kind: "alert", key: "previewNotLoaded" });
        setBusy(null);
      }
    } catch (error) {
      setNotice({ kind: "alert", key: "previewFailed", vars: { detail: (error as Error).message } });
      setBusy(null);
    }
  }, [working, draft]);

  const discard = useCallback(async () => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    await deleteStoredDraft().catch(() => undefined);
    latest.current = { draft: null, glb: null };
    setWorking(null);
    setDraftState(null);
    setReport(null);
    setNotice({ kind: "status", key: "discarded" });
  }, []);

  return {
    draft,
    setDraft,
    working,
    restoring,
    busy,
    notice,
    setNotice,
    report,
    budget,
    hints,
    importFiles,
    optimise,
    exportZip,
    preview,
    discard,
  };
}
