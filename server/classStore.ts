import type { ClassRecord, Outcome } from "./classRecord";

/**
 * Where live classes are kept: in this process (one hub node) or in Redis (several nodes).
 * `update` is atomic per class: two nodes changing one class never lose each other's change.
 */
export interface ClassStore {
  readonly engine: "memory" | "redis";
  /** Stores a new class; false when its code is already taken. */
  create(record: ClassRecord): Promise<boolean>;
  /** The class, or null when it never existed or has expired. */
  get(code: string): Promise<ClassRecord | null>;
  /**
   * Applies `change` to a copy of the class and stores it when the outcome is accepted (it may be
   * called again if another node changed the class meanwhile). Null when there is no such class.
   */
  update<T>(
    code: string,
    change: (record: ClassRecord) => Outcome<T>,
  ): Promise<{ outcome: Outcome<T>; record: ClassRecord } | null>;
  close(): Promise<void>;
}

/** Counts failed attempts (unknown codes, wrong keys) per address, and blocks an address that has too many. */
export interface AttemptLimiter {
  blocked(address: string): Promise<boolean>;
  /** Counts one failed attempt. */
  fail(address: string): Promise<void>;
  close(): Promise<void>;
}

export type Clock = () => number;
