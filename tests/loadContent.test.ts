import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contentFileNames } from "../src/content/contentFileNames";
import { loadContent } from "../src/shell/loadContent";
import { appStore } from "../src/state/appStore";
import { minimalPack } from "./fixtures/minimalPack";

type Pack = ReturnType<typeof minimalPack>;

/** Serves `pack` as the site's content files (what the page's fetch gets). */
function servePack(pack: Pack): void {
  const byFile = new Map<string, string>(
    (Object.keys(contentFileNames) as (keyof typeof contentFileNames)[]).map((key) => [
      contentFileNames[key],
      JSON.stringify(pack[key]),
    ]),
  );
  vi.stubGlobal("document", { baseURI: "http://site.test/" });
  vi.stubGlobal("fetch", async (url: URL) => {
    const text = byFile.get(url.pathname.slice(1));
    return text === undefined ? new Response("", { status: 404 }) : new Response(text);
  });
}

/** A promise whose resolution the test decides: the "first view is up" moment. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const status = () => appStore.getState().content.status;

describe("loading the content pack", () => {
  beforeEach(() => appStore.setState({ content: { status: "loading" } }));
  afterEach(() => vi.unstubAllGlobals());

  it("shows a valid pack at once and keeps it once validated after the first view", async () => {
    servePack(minimalPack());
    const firstView = gate();
    const loading = loadContent(firstView.promise);
    await vi.waitFor(() => expect(status()).toBe("ready"));
    firstView.open();
    await loading;
    expect(status()).toBe("ready");
  });

  it("shows a pack that breaks a schema, then replaces it with its problems once validated", async () => {
    const pack = minimalPack();
    (pack.jobs[0] as { rome: string }).rome = "pas un code";
    servePack(pack);
    const firstView = gate();
    const loading = loadContent(firstView.promise);
    await vi.waitFor(() => expect(status()).toBe("ready"));
    firstView.open();
    await loading;
    const content = appStore.getState().content;
    expect(content.status).toBe("error");
    if (content.status !== "error") return;
    expect(content.problems.some((p) => p.file === "content/jobs.json" && p.path.includes("rome"))).toBe(
      true,
    );
  });

  it("reports a missing file and broken JSON without waiting for the first view", async () => {
    servePack(minimalPack());
    vi.stubGlobal("fetch", async (url: URL) =>
      url.pathname.endsWith("tours.json") ? new Response("{ pas du JSON") : new Response("[]"),
    );
    await loadContent(new Promise(() => {}));
    const content = appStore.getState().content;
    expect(content.status).toBe("error");
    if (content.status !== "error") return;
    expect(content.problems.map((p) => p.file)).toEqual(["content/tours.json"]);
    expect(content.problems[0]?.message).toMatch(/JSON illisible/);
  });
});
