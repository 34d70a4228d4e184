import { limits } from "../src/protocol/schema";
import type { ClassRecord, Outcome } from "./classRecord";
import type { AttemptLimiter, ClassStore, Clock } from "./classStore";

const sweepEveryMs = 60_000;

/** Classes in this process's memory: the default, for one hub node. */
export class MemoryClassStore implements ClassStore {
  readonly engine = "memory";
  private readonly classes = new Map<string, ClassRecord>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly now: Clock = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  async create(record: ClassRecord): Promise<boolean> {
    if (this.live(record.code)) return false;
    this.classes.set(record.code, structuredClone(record));
    return true;
  }

  async get(code: string): Promise<ClassRecord | null> {
    const record = this.live(code);
    return record ? structuredClone(record) : null;
  }

  async update<T>(code: string, change: (record: ClassRecord) => Outcome<T>) {
    const stored = this.live(code);
    if (!stored) return null;
    const record = structuredClone(stored);
    const outcome = change(record);
    if (outcome.ok) this.classes.set(code, record);
    return { outcome, record: structuredClone(outcome.ok ? record : stored) };
  }

  /** Classes held now (expired ones included until the next sweep). */
  get size(): number {
    return this.classes.size;
  }

  /** Forgets every expired class. */
  sweep(): void {
    const now = this.now();
    for (const [code, record] of this.classes) if (record.expiresAt <= now) this.classes.delete(code);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.classes.clear();
  }

  private live(code: string): ClassRecord | null {
    const record = this.classes.get(code);
    if (!record) return null;
    if (record.expiresAt <= this.now()) {
      this.classes.delete(code);
      return null;
    }
    return record;
  }
}

interface Attempts {
  windowStart: number;
  count: number;
  blockedUntil: number;
}

/** Failed attempts counted in memory: 20 in a minute block the address for 5 minutes. */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly attempts = new Map<string, Attempts>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly now: Clock = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  async blocked(address: string): Promise<boolean> {
    const entry = this.attempts.get(address);
    return entry !== undefined && entry.blockedUntil > this.now();
  }

  async fail(address: string): Promise<void> {
    const now = this.now();
    let entry = this.attempts.get(address);
    if (!entry || now - entry.windowStart >= limits.failWindowMs) {
      entry = { windowStart: now, count: 0, blockedUntil: entry?.blockedUntil ?? 0 };
      this.attempts.set(address, entry);
    }
    entry.count++;
    if (entry.count >= limits.failedAttempts) entry.blockedUntil = now + limits.blockMs;
  }

  sweep(): void {
    const now = this.now();
    for (const [address, entry] of this.attempts)
      if (entry.blockedUntil <= now && now - entry.windowStart >= limits.failWindowMs)
        this.attempts.delete(address);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.attempts.clear();
  }
}
