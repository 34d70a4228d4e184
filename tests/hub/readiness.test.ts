import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import { type TestClient, testClient } from "./hubHelpers";

/**
 * `class:ready` (an addition to the protocol): each pupil's device says which stops' models it
 * holds; teacher windows get `class:readiness`, per stop the connected pupils ready for it.
 */

const tourId = "decouverte-industries-provence";
let hub: RunningHub;
const clients: TestClient[] = [];
let nextAddress = 1;

function connect(address = `10.9.0.${nextAddress++}`) {
  const client = testClient(hub.url, address);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", trustProxy: true, log: () => {}, hub: { presenceDelayMs: 20 } });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await hub.close();
});

describe("devices ready for the next stop", () => {
  it("counts, per stop, the connected pupils whose device holds its model", async () => {
    const teacher = connect();
    const created = await teacher.hub.request("class:create", { tour: tourId });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    const [lea, tom] = [connect(), connect()];
    const tokens: string[] = [];
    for (const [client, name] of [
      [lea, "Léa"],
      [tom, "Tom"],
    ] as const) {
      const joined = await client.hub.request("class:join", { code, name });
      if (!joined.ok) throw new Error(joined.error);
      tokens.push(joined.pupil);
    }
    const [leaToken, tomToken] = tokens as [string, string];

    expect(await lea.hub.request("class:ready", { code, pupil: leaToken, stops: [0, 1, 2] })).toEqual({
      ok: true,
    });
    expect(await tom.hub.request("class:ready", { code, pupil: tomToken, stops: [1, 0, 1, 99] })).toEqual({
      ok: true,
    });
    const both = await teacher.until("class:readiness", (r) => r.ready[1] === 2);
    expect(both.ready.slice(0, 4)).toEqual([2, 2, 1, 0]);
    expect(both.ready).toHaveLength(10); // the tour's stops; stop 99 does not exist

    // Pupils never receive it.
    expect(lea.received["class:readiness"]).toEqual([]);

    // Tom leaves: his device no longer counts.
    const before = teacher.received["class:readiness"].length;
    tom.close();
    await teacher.until(
      "class:readiness",
      (r) => teacher.received["class:readiness"].indexOf(r) >= before && r.ready[1] === 1,
    );
    expect(teacher.received["class:readiness"].at(-1)?.ready.slice(0, 3)).toEqual([1, 1, 1]);

    // A teacher window attaching gets the count at once.
    const presenter = connect();
    expect((await presenter.hub.request("class:lead", { code, key })).ok).toBe(true);
    expect((await presenter.until("class:readiness")).ready.slice(0, 3)).toEqual([1, 1, 1]);
  });

  it("refuses a forged token, a malformed list, and a class that ended", async () => {
    const teacher = connect();
    const created = await teacher.hub.request("class:create", { tour: tourId });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    const pupil = connect();
    const joined = await pupil.hub.request("class:join", { code, name: "Inès" });
    if (!joined.ok) throw new Error(joined.error);

    expect(await pupil.hub.request("class:ready", { code, pupil: "forged", stops: [0] })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(
      await pupil.hub.request("class:ready", { code, pupil: joined.pupil, stops: [-1] as number[] }),
    ).toEqual({ ok: false, error: "bad-payload" });
    expect(
      await pupil.hub.request("class:ready", {
        code,
        pupil: joined.pupil,
        stops: Array.from({ length: 101 }, (_, i) => i),
      }),
    ).toEqual({ ok: false, error: "bad-payload" });
    expect((await teacher.hub.request("class:end", { code, key })).ok).toBe(true);
    expect(await pupil.hub.request("class:ready", { code, pupil: joined.pupil, stops: [0] })).toEqual({
      ok: false,
      error: "class-ended",
    });
  });

  it("a woken page asks the class's state at once", async () => {
    const teacher = connect();
    const created = await teacher.hub.request("class:create", { tour: tourId });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    const pupil = connect();
    const joined = await pupil.hub.request("class:join", { code, name: "Noé" });
    if (!joined.ok) throw new Error(joined.error);
    pupil.hub.setSession({ role: "pupil", code, pupil: joined.pupil });
    expect(await teacher.hub.request("class:goto", { code, key, step: 4 })).toEqual({ ok: true });
    await pupil.until("class:state", (s) => s.step === 4);
    const before = pupil.received["class:state"].length;
    pupil.hub.refresh();
    await pupil.until("class:state", (s) => pupil.received["class:state"].indexOf(s) >= before);
    expect(pupil.received["class:state"].at(-1)).toMatchObject({ step: 4, pupils: 1 });
  });
});
