import { useId } from "react";

export interface BuilderFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown next to the field, and the field marked invalid. */
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "number";
  /** Called when the field loses focus (errors show from then on). */
  onBlur?: () => void;
  /** The field's path in the tour (`title`, `stops.2.narration`), on `data-field`. */
  field: string;
}

/** A labelled text field of the builder with its French error message right under it. */
export function BuilderField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline = false,
  rows = 3,
  type = "text",
  onBlur,
  field,
}: BuilderFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    onBlur,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "data-field": field,
  } as const;
  return (
    <div className={`builder-field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={type === "number" ? "numeric" : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error ? (
        <p id={errorId} className="field-error" data-field-error={field}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
