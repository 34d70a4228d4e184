import { describe, expect, it } from "vitest";
import { screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

// The offline worker would answer from its cache: the test serves its own jobs.json.
const session = browserSession({ contextDefaults: { serviceWorkers: "block" } });

describe("the content pack's checks", () => {
  it("draws a deep link first, then, checked in a worker, replaces it with the problems of a pack that breaks a schema", async () => {
    const { page, context } = await session.openPage();
    const { companies, jobs } = builtPack();
    const broken = jobs.map((job, i) => (i === 0 ? { ...job, rome: "pas un code" } : job));
    await context.route("**/content/jobs.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(broken) }),
    );
    const company = companies[0];
    const workshop = company?.workshops[0];
    if (!company || !workshop) throw new Error("the pack has no workshop");
    const key = `${company.id}/${workshop.id}`;
    await page.goto(`${siteOrigin()}/#/usine/${key}`);

    const alert = page.getByRole("alert").filter({ hasText: "content/jobs.json" });
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.textContent()).resolves.toContain("rome");
    await screenshot(page, "content-check-problems");
    const order = await page.evaluate((k) => {
      const at = (name: string) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;
      const worker = performance
        .getEntriesByType("resource")
        .some((entry) => /contentPack\.worker[^/]*\.js$/.test(entry.name));
      return { frame: at(`usine:frame:${k}`), checked: at("usine:content-checked"), worker };
    }, key);
    // The workshop's first frame came before the checks, and the checks ran in the worker.
    expect(order.frame).not.toBeNull();
    expect(order.checked).not.toBeNull();
    expect(order.checked ?? 0).toBeGreaterThan(order.frame ?? Number.POSITIVE_INFINITY);
    expect(order.worker).toBe(true);
  });
});
