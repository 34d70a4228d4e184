import { describe, expect, it } from "vitest";
import { accept, endClass, goTo, newClassRecord, refuse } from "../../server/classRecord";
import { MemoryAttemptLimiter, MemoryClassStore } from "../../server/memoryStore";
import { limits } from "../../src/protocol/schema";

function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const stops = [
  { company: "a", workshop: "b", machine: "c", narration: "0123456789", notes: "0123456789" },
  { company: "a", workshop: "b", machine: "d", narration: "0123456789", notes: "0123456789" },
];

describe("the memory class store", () => {
  it("keeps a class 4 hours, then forgets it", async () => {
    const clock = fakeClock();
    const store = new MemoryClassStore(clock.now);
    await store.create(newClassRecord({ code: "ABCDEF", keyHash: "k", tour: "t", stops, now: clock.now() }));
    clock.advance(limits.classTtlMs - 1);
    expect(await store.get("ABCDEF")).not.toBeNull();
    clock.advance(1);
    expect(await store.get("ABCDEF")).toBeNull();
    expect(await store.update("ABCDEF", () => accept(null))).toBeNull();
    await store.close();
  });

  it("forgets an ended class sooner", async () => {
    const clock = fakeClock();
    const store = new MemoryClassStore(clock.now);
    await store.create(newClassRecord({ code: "ABCDEF", keyHash: "k", tour: "t", stops, now: 0 }));
    clock.advance(1000);
    await store.update("ABCDEF", (record) => endClass(record, clock.now()));
    clock.advance(limits.endedTtlMs - 1);
    expect((await store.get("ABCDEF"))?.ended).toBe(true);
    clock.advance(1);
    expect(await store.get("ABCDEF")).toBeNull();
    store.sweep();
    expect(store.size).toBe(0);
    await store.close();
  });

  it("refuses a code already taken, and writes only accepted changes", async () => {
    const store = new MemoryClassStore();
    const record = newClassRecord({ code: "ABCDEF", keyHash: "k", tour: "t", stops, now: Date.now() });
    expect(await store.create(record)).toBe(true);
    expect(await store.create(record)).toBe(false);
    await store.update("ABCDEF", (r) => {
      r.step = 1;
      return refuse("bad-key");
    });
    expect((await store.get("ABCDEF"))?.step).toBe(0);
    await store.update("ABCDEF", (r) => goTo(r, 1));
    expect((await store.get("ABCDEF"))?.step).toBe(1);
    await store.close();
  });

  it("hands out copies: changing one does not change the class", async () => {
    const store = new MemoryClassStore();
    await store.create(newClassRecord({ code: "ABCDEF", keyHash: "k", tour: "t", stops, now: Date.now() }));
    const copy = await store.get("ABCDEF");
    if (copy) copy.step = 1;
    expect((await store.get("ABCDEF"))?.step).toBe(0);
    await store.close();
  });
});

describe("the memory attempt limiter", () => {
  it("blocks an address after 20 failures in a minute, for 5 minutes", async () => {
    const clock = fakeClock();
    const limiter = new MemoryAttemptLimiter(clock.now);
    for (let i = 0; i < limits.failedAttempts - 1; i++) await limiter.fail("a");
    expect(await limiter.blocked("a")).toBe(false);
    await limiter.fail("a");
    expect(await limiter.blocked("a")).toBe(true);
    expect(await limiter.blocked("b")).toBe(false);
    clock.advance(limits.blockMs - 1);
    expect(await limiter.blocked("a")).toBe(true);
    clock.advance(1);
    expect(await limiter.blocked("a")).toBe(false);
    await limiter.close();
  });

  it("forgets failures older than a minute", async () => {
    const clock = fakeClock();
    const limiter = new MemoryAttemptLimiter(clock.now);
    for (let i = 0; i < limits.failedAttempts - 1; i++) await limiter.fail("a");
    clock.advance(limits.failWindowMs);
    for (let i = 0; i < limits.failedAttempts - 1; i++) await limiter.fail("a");
    expect(await limiter.blocked("a")).toBe(false);
    await limiter.close();
  });
});
