import { describe, expect, it } from "vitest";
import { prefetchTour, stopOrder } from "../src/live/classTourPrefetch";

/** The tour's models fetched ahead on a pupil's device: order, the offline cache, shared models, failures. */

function fakeCache(held: string[] = []) {
  const entries = new Map<string, Response>(held.map((url) => [url, new Response("cached")]));
  return {
    entries,
    match: async (url: RequestInfo | URL) => entries.get(String(url)),
    put: async (url: RequestInfo | URL, response: Response) => {
      entries.set(String(url), response);
    },
  };
}

function fakeFetch(failing: string[] = []) {
  const asked: { url: string; priority: string | undefined }[] = [];
  const get = (async (input: RequestInfo | URL, init?: RequestInit & { priority?: string }) => {
    const url = String(input);
    asked.push({ url, priority: init?.priority });
    return failing.includes(url) ? new Response("", { status: 404 }) : new Response(`bytes of ${url}`);
  }) as typeof fetch;
  return { asked, get };
}

const m = (name: string) => `https://college.example/models/${name}.glb`;

describe("the class tour's prefetch", () => {
  it("orders stops from the current one, then wraps", () => {
    expect(stopOrder(5, 2)).toEqual([2, 3, 4, 0, 1]);
    expect(stopOrder(3, 0)).toEqual([0, 1, 2]);
    expect(stopOrder(3, 7)).toEqual([2, 0, 1]);
  });

  it("fetches each model once, at low priority, in stop order, skipping those already in the offline cache", async () => {
    const cache = fakeCache([m("b")]);
    const { asked, get } = fakeFetch();
    const reports: number[][] = [];
    const ready = await prefetchTour({
      stopModels: [m("a"), m("b"), m("c"), m("a"), m("d")],
      from: 1,
      onReady: (stops) => reports.push(stops),
      signal: new AbortController().signal,
      cache,
      fetch: get,
    });
    expect(asked).toEqual([
      { url: m("c"), priority: "low" },
      { url: m("a"), priority: "low" },
      { url: m("d"), priority: "low" },
    ]);
    expect(ready).toEqual([0, 1, 2, 3, 4]);
    expect(reports[0]).toEqual([1]);
    expect(reports.at(-1)).toEqual([0, 1, 2, 3, 4]);
    expect([...cache.entries.keys()].sort()).toEqual([m("a"), m("b"), m("c"), m("d")]);
  });

  it("leaves a stop whose model fails not ready, and stops when aborted", async () => {
    const { get } = fakeFetch([m("b")]);
    const controller = new AbortController();
    const ready = await prefetchTour({
      stopModels: [m("a"), m("b"), null, m("c")],
      from: 0,
      onReady: (stops) => {
        if (stops.includes(3)) controller.abort();
      },
      signal: controller.signal,
      cache: null,
      fetch: get,
    });
    expect(ready).toEqual([0, 3]);

    const aborted = new AbortController();
    aborted.abort();
    const none = await prefetchTour({
      stopModels: [m("a")],
      from: 0,
      onReady: () => {},
      signal: aborted.signal,
      cache: null,
      fetch: get,
    });
    expect(none).toEqual([]);
  });
});
