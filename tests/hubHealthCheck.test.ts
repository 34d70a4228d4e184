import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkHubHealth, configureLiveClient } from "../src/live/liveClient";
import { useStore } from "../src/state/store";

/**
 * « Is there a hub? » on a school link: a question left without an answer (a busy link, a busy
 * hub) is asked again with a longer wait before the page says there is no hub; a static host's
 * answer says so at once; a page asking twice at the same time asks the hub once.
 */
type Answer = "hang" | "hub" | "not-found" | "network-error";

let answers: Answer[] = [];
let asked = 0;

function fakeFetch(_url: string, init?: RequestInit): Promise<Response> {
  const answer = answers[Math.min(asked, answers.length - 1)] ?? "hang";
  asked++;
  if (answer === "hub") return Promise.resolve(Response.json({ ok: true, engine: "memory" }));
  if (answer === "not-found") return Promise.resolve(new Response("Not found", { status: 404 }));
  if (answer === "network-error") return Promise.reject(new TypeError("Failed to fetch"));
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });
}

/** Lets the check's promises (and its dynamic import) run until it asks for the `n`-th time. */
async function untilAsked(n: number) {
  // The first check also loads the hub client (`import()`): real time, not the faked timers'.
  const until = Date.now() + 10_000;
  while (asked < n && Date.now() < until) await new Promise((next) => setImmediate(next));
  expect(asked).toBe(n);
}

beforeEach(() => {
  answers = [];
  asked = 0;
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  vi.stubGlobal("fetch", fakeFetch);
  configureLiveClient({ url: "http://hub.test" });
  useStore.setState({ hubHealth: "unknown" });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("checkHubHealth", () => {
  it("asks again, longer, when the first question gets no answer in 4 s", async () => {
    answers = ["hang", "hub"];
    const available = checkHubHealth(true);
    await untilAsked(1);
    expect(useStore.getState().hubHealth).toBe("checking");
    await vi.advanceTimersByTimeAsync(4000);
    await untilAsked(2);
    await expect(available).resolves.toBe(true);
    expect(useStore.getState().hubHealth).toBe("available");
  });

  it("says there is no hub after three questions without an answer (4, 8 and 16 s)", async () => {
    answers = ["hang"];
    const available = checkHubHealth(true);
    await untilAsked(1);
    await vi.advanceTimersByTimeAsync(4000);
    await untilAsked(2);
    await vi.advanceTimersByTimeAsync(7999);
    expect(asked).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await untilAsked(3);
    await vi.advanceTimersByTimeAsync(16_000);
    await expect(available).resolves.toBe(false);
    expect(asked).toBe(3);
    expect(useStore.getState().hubHealth).toBe("unavailable");
  });

  it("believes a static host's answer at once (no hub there: asked once)", async () => {
    answers = ["not-found"];
    await expect(checkHubHealth(true)).resolves.toBe(false);
    expect(asked).toBe(1);
    expect(useStore.getState().hubHealth).toBe("unavailable");
  });

  it("asks again after a network error, and gives up after the third", async () => {
    answers = ["network-error", "network-error", "network-error", "hub"];
    await expect(checkHubHealth(true)).resolves.toBe(false);
    expect(asked).toBe(3);
  });

  it("asks the hub once for two checks at the same time, and keeps the answer", async () => {
    answers = ["hub"];
    const [first, second] = await Promise.all([checkHubHealth(true), checkHubHealth(true)]);
    expect([first, second]).toEqual([true, true]);
    expect(asked).toBe(1);
    await expect(checkHubHealth()).resolves.toBe(true);
    expect(asked).toBe(1);
  });
});
