import { useDictionary } from "../i18n/useT";
import { editorStrings } from "./editorStrings";
import type { TreeRow } from "./modelDocument";

export interface ModelTreeProps {
  rows: readonly TreeRow[];
  selected: string | null;
  /** Node name → what the draft made of it ("machine", "sol"). */
  roles: ReadonlyMap<string, "machine" | "floor">;
  onSelect(name: string): void;
}

/** The model's nodes and meshes, indented as in the file; a click chooses one, as in the 3D view. */
export function ModelTree({ rows, selected, roles, onSelect }: ModelTreeProps) {
  const t = useDictionary(editorStrings);
  return (
    <ul className="editor-tree" aria-label={t("treeTitle")}>
      {rows.map((row) => {
        const role = roles.get(row.name);
        return (
          <li key={row.name} style={{ paddingInlineStart: `${row.depth * 0.9}rem` }}>
            <button
              type="button"
              aria-pressed={selected === row.name}
              data-editor-node={row.name}
              onClick={() => onSelect(row.name)}
            >
              <span className="editor-tree-name">{row.name}</span>
              {role ? (
                <span className={`editor-tag editor-tag-${role}`}>
                  {t(role === "machine" ? "treeMachine" : "treeFloor")}
                </span>
              ) : null}
              {row.mesh ? (
                <span className="editor-tree-count">{t("triangles", { n: row.triangles })}</span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
