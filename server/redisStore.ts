import type { Redis } from "ioredis";
import { limits } from "../src/protocol/schema";
import type { ClassRecord, Outcome } from "./classRecord";
import type { AttemptLimiter, ClassStore, Clock } from "./classStore";

/**
 * Classes in Redis, so that every hub node serves the same classes and a node can die without
 * losing one. One hash per class, `{ v, data }`: a version and the record as JSON, expiring at the
 * record's `expiresAt`. Updates are optimistic: read, change in JS, then a Lua compare-and-set on
 * the version; a conflict with another node is retried. Within one node, updates of a class are
 * queued so that they do not conflict with each other.
 */

const createScript = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'v', '1', 'data', ARGV[1])
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
return 1`;

const compareAndSetScript = `
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'data', ARGV[3])
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
return 1`;

const failScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if count >= tonumber(ARGV[2]) then redis.call('SET', KEYS[2], '1', 'PX', ARGV[3]) end
return count`;

interface Scripted {
  classCreate(key: string, data: string, expiresAt: number): Promise<number>;
  classCas(key: string, version: string, next: string, data: string, expiresAt: number): Promise<number>;
  attemptFail(
    counter: string,
    block: string,
    windowMs: number,
    max: number,
    blockMs: number,
  ): Promise<number>;
}

function scripted(redis: Redis): Redis & Scripted {
  if (!("classCas" in redis)) {
    redis.defineCommand("classCreate", { numberOfKeys: 1, lua: createScript });
    redis.defineCommand("classCas", { numberOfKeys: 1, lua: compareAndSetScript });
    redis.defineCommand("attemptFail", { numberOfKeys: 2, lua: failScript });
  }
  return redis as Redis & Scripted;
}

const classKey = (code: string) => `usine:classe:${code}`;
const maxRetries = 50;

export class RedisClassStore implements ClassStore {
  readonly engine = "redis";
  private readonly redis: Redis & Scripted;
  /** The tail of each class's queue of updates on this node. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    redis: Redis,
    private readonly now: Clock = Date.now,
  ) {
    this.redis = scripted(redis);
  }

  async create(record: ClassRecord): Promise<boolean> {
    const created = await this.redis.classCreate(
      classKey(record.code),
      JSON.stringify(record),
      record.expiresAt,
    );
    return created === 1;
  }

  async get(code: string): Promise<ClassRecord | null> {
    return (await this.read(code))?.record ?? null;
  }

  update<T>(code: string, change: (record: ClassRecord) => Outcome<T>) {
    const previous = this.queues.get(code) ?? Promise.resolve();
    const next = previous.then(
      () => this.updateNow(code, change),
      () => this.updateNow(code, change),
    );
    const tail = next.catch(() => undefined);
    this.queues.set(code, tail);
    void tail.then(() => {
      if (this.queues.get(code) === tail) this.queues.delete(code);
    });
    return next;
  }

  async close(): Promise<void> {
    // The connection belongs to the caller.
  }

  private async updateNow<T>(code: string, change: (record: ClassRecord) => Outcome<T>) {
    for (let attempt = 0; attempt < maxRetries; attempt++) {
      const current = await this.read(code);
      if (!current) return null;
      const record = structuredClone(current.record);
      const outcome = change(record);
      if (!outcome.ok) return { outcome, record: current.record };
      const next = String(Number(current.version) + 1);
      const stored = await this.redis.classCas(
        classKey(code),
        current.version,
        next,
        JSON.stringify(record),
        record.expiresAt,
      );
      if (stored === 1) return { outcome, record };
      // Another node changed the class meanwhile: read it again, after a short random pause.
      await new Promise((resume) => setTimeout(resume, Math.random() * 5 * (attempt + 1)));
    }
    throw new Error("class update: too many conflicts");
  }

  private async read(code: string): Promise<{ version: string; record: ClassRecord } | null> {
    const [version, data] = await this.redis.hmget(classKey(code), "v", "data");
    if (!version || !data) return null;
    const record = JSON.parse(data) as ClassRecord;
    if (record.expiresAt <= this.now()) return null;
    return { version, record };
  }
}

/** Failed attempts counted in Redis, shared by every hub node. */
export class RedisAttemptLimiter implements AttemptLimiter {
  private readonly redis: Redis & Scripted;

  constructor(redis: Redis) {
    this.redis = scripted(redis);
  }

  async blocked(address: string): Promise<boolean> {
    return (await this.redis.exists(`usine:bloque:${address}`)) === 1;
  }

  async fail(address: string): Promise<void> {
    await this.redis.attemptFail(
      `usine:echecs:${address}`,
      `usine:bloque:${address}`,
      limits.failWindowMs,
      limits.failedAttempts,
      limits.blockMs,
    );
  }

  async close(): Promise<void> {}
}
