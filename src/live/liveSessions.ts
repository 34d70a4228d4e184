/**
 * Where a window keeps the credentials of its class, so that a reload (or a second teacher window)
 * finds it again. No cookie: the teacher's code and key in the origin's localStorage, shared by
 * the projector's and the presenter's windows (DESIGN.md); the pupil's resume token and answers in
 * sessionStorage, gone with the tab. Both are removed when the class ends.
 */

export interface TeacherSession {
  code: string;
  key: string;
  /** The tour the class is about: a window attaches only while it shows that tour. */
  tourId: string;
}

export interface PupilSession {
  code: string;
  /** The secret resume token. */
  pupil: string;
  /** Answers by step (0-based), to show them again after a reload. */
  answers: Record<number, number>;
}

export const teacherSessionKey = "usine-classe:enseignant";
export const pupilSessionKey = "usine-classe:eleve";

function storage(kind: "localStorage" | "sessionStorage"): Storage | null {
  try {
    return typeof window === "undefined" ? null : window[kind];
  } catch {
    // NOTE: storage access throws when the browser blocks it (private mode, strict settings).
    return null;
  }
}

function read(kind: "localStorage" | "sessionStorage", key: string): Record<string, unknown> | null {
  try {
    const raw = storage(kind)?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function write(kind: "localStorage" | "sessionStorage", key: string, value: unknown): void {
  try {
    storage(kind)?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only loses the reload convenience.
  }
}

function remove(kind: "localStorage" | "sessionStorage", key: string): void {
  try {
    storage(kind)?.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

export function readTeacherSession(): TeacherSession | null {
  const value = read("localStorage", teacherSessionKey);
  if (!value || !isText(value.code) || !isText(value.key) || !isText(value.tourId)) return null;
  return { code: value.code, key: value.key, tourId: value.tourId };
}

export function writeTeacherSession(session: TeacherSession): void {
  write("localStorage", teacherSessionKey, session);
}

export function forgetTeacherSession(): void {
  remove("localStorage", teacherSessionKey);
}

/** Calls `listener` when another window of this browser starts or ends a class. */
export function onTeacherSessionChange(listener: () => void): () => void {
  if (typeof window === "undefined") return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === teacherSessionKey || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}

export function readPupilSession(): PupilSession | null {
  const value = read("sessionStorage", pupilSessionKey);
  if (!value || !isText(value.code) || !isText(value.pupil)) return null;
  const answers: Record<number, number> = {};
  if (value.answers && typeof value.answers === "object")
    for (const [step, choice] of Object.entries(value.answers as Record<string, unknown>))
      if (Number.isInteger(Number(step)) && typeof choice === "number") answers[Number(step)] = choice;
  return { code: value.code, pupil: value.pupil, answers };
}

export function writePupilSession(session: PupilSession): void {
  write("sessionStorage", pupilSessionKey, session);
}

export function forgetPupilSession(): void {
  remove("sessionStorage", pupilSessionKey);
}
