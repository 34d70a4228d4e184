import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import { codeAlphabet, limits } from "../../src/protocol/schema";
import { type TestClient, testClient } from "./hubHelpers";

const tourId = "decouverte-industries-provence";
let hub: RunningHub;
const clients: TestClient[] = [];
let nextAddress = 1;
const logs: string[] = [];

/** A client from a new address, unless one is given. */
function connect(address = `10.1.0.${nextAddress++}`, transports?: ("polling" | "websocket")[]) {
  const client = testClient(hub.url, address, transports);
  clients.push(client);
  return client;
}

async function createClass(teacher: TestClient) {
  const created = await teacher.hub.request("class:create", { tour: tourId });
  if (!created.ok) throw new Error(created.error);
  return created;
}

async function joinClass(pupil: TestClient, code: string, name: string) {
  const joined = await pupil.hub.request("class:join", { code, name });
  if (!joined.ok) throw new Error(joined.error);
  return joined;
}

beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", trustProxy: true, log: (line) => logs.push(line) });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await hub.close();
});

describe("the hub in memory", () => {
  it("answers its health check", async () => {
    const response = await fetch(`${hub.url}/api/classe/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, engine: "memory" });
  });

  it("runs a class: pupils join, follow, answer, ask; the teacher sees tallies, roster and questions", async () => {
    const teacher = connect();
    const { code, key } = await createClass(teacher);
    expect(code).toMatch(new RegExp(`^[${codeAlphabet}]{6}$`));
    expect(key.length).toBeGreaterThanOrEqual(40);
    await teacher.until("class:state", (s) => s.step === 0 && s.tour === tourId);

    const school = "10.2.0.1"; // a whole class shares one address
    const [lea, lea2, tom] = [connect(school), connect(school), connect(school, ["polling"])];
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const first = await joinClass(lea, typed, "  Léa ");
    expect(first.state).toMatchObject({
      tour: tourId,
      step: 0,
      mode: "follow",
      revealed: false,
      ended: false,
    });
    expect(first.pupil).not.toBe(key);
    await joinClass(lea2, code, "Léa");
    const third = await joinClass(tom, code, "Tom");
    expect(third.state.pupils).toBeGreaterThanOrEqual(1);

    await teacher.until("class:state", (s) => s.pupils === 3);
    const roster = await teacher.until("class:roster", (r) => r.names.length === 3);
    expect(roster.names).toEqual(["Léa", "Léa 2", "Tom"]);

    for (const step of [1, 2])
      expect(await teacher.hub.request("class:goto", { code, key, step })).toEqual({ ok: true });
    for (const pupil of [lea, lea2, tom]) await pupil.until("class:state", (s) => s.step === 2);

    expect(await lea.hub.request("class:answer", { code, pupil: first.pupil, step: 2, choice: 0 })).toEqual({
      ok: true,
    });
    expect(await tom.hub.request("class:answer", { code, pupil: third.pupil, step: 2, choice: 1 })).toEqual({
      ok: true,
    });
    // The last answer before the reveal counts.
    expect(await tom.hub.request("class:answer", { code, pupil: third.pupil, step: 2, choice: 0 })).toEqual({
      ok: true,
    });
    const tally = await teacher.until(
      "class:results",
      (r) => r.step === 2 && r.total === 2 && r.counts[0] === 2,
    );
    expect(tally.counts[0]).toBe(2);
    expect(tally.counts.length).toBeGreaterThanOrEqual(3);

    expect(await teacher.hub.request("class:reveal", { code, key, step: 2 })).toEqual({ ok: true });
    for (const pupil of [lea, lea2, tom]) {
      const results = await pupil.until("class:results");
      expect(results).toMatchObject({ step: 2, total: 2 });
    }
    await lea.until("class:state", (s) => s.step === 2 && s.revealed);
    expect(
      await lea2.hub.request("class:answer", {
        code,
        pupil: "forged",
        step: 2,
        choice: 0,
      }),
    ).toEqual({
      ok: false,
      error: "bad-key",
    });

    expect(
      await tom.hub.request("class:ask", { code, pupil: third.pupil, text: "Combien gagne un soudeur ?" }),
    ).toEqual({
      ok: true,
    });
    const questions = await teacher.until("class:questions", (q) => q.length === 1);
    expect(questions[0]).toMatchObject({ text: "Combien gagne un soudeur ?", status: "new" });
    const id = questions[0]?.id ?? "";
    expect(await teacher.hub.request("class:moderate", { code, key, question: id, action: "show" })).toEqual({
      ok: true,
    });
    await teacher.until("class:questions", (q) => q[0]?.status === "shown");

    // A second teacher window (the presenter) attaches and gets everything.
    const presenter = connect();
    const led = await presenter.hub.request("class:lead", { code, key });
    expect(led.ok && led.state).toMatchObject({ step: 2, revealed: true, pupils: 3 });
    await presenter.until("class:roster", (r) => r.names.length === 3);
    await presenter.until("class:questions", (q) => q.length === 1);
    await presenter.until("class:results", (r) => r.step === 2 && r.total === 2);

    expect(await teacher.hub.request("class:mode", { code, key, mode: "free" })).toEqual({ ok: true });
    await tom.until("class:state", (s) => s.mode === "free");

    // Pupils never see pseudonyms, questions the teacher did not let through, or results before the reveal.
    for (const pupil of [lea, lea2, tom]) {
      expect(pupil.received["class:roster"]).toEqual([]);
      expect(pupil.received["class:questions"].flat().every((q) => q.status === "shown")).toBe(true);
      expect(pupil.received["class:results"].every((r) => r.step === 2)).toBe(true);
    }

    // A pupil who loses the connection keeps the place and the answer, and resumes at the same step.
    lea.close();
    await teacher.until("class:state", (s) => s.pupils === 2);
    const back = connect(school);
    const resumed = await back.hub.request("class:resume", { code, pupil: first.pupil });
    expect(resumed.ok && resumed.state).toMatchObject({ step: 2, revealed: true, mode: "free" });
    await teacher.until("class:state", (s) => s.pupils === 3 && s.mode === "free");

    const ended = await teacher.hub.request("class:end", { code, key });
    expect(ended.ok && ended.summary.pupils).toBe(3);
    expect(ended.ok && ended.summary.steps[2]).toMatchObject({ step: 2, total: 2 });
    for (const client of [back, lea2, tom, presenter]) await client.until("class:state", (s) => s.ended);
    expect((await presenter.until("class:summary")).pupils).toBe(3);

    // After the end, every event about the class answers class-ended.
    expect(await teacher.hub.request("class:goto", { code, key, step: 0 })).toEqual({
      ok: false,
      error: "class-ended",
    });
    expect(await presenter.hub.request("class:lead", { code, key })).toEqual({
      ok: false,
      error: "class-ended",
    });
    expect(await connect().hub.request("class:join", { code, name: "Zoé" })).toEqual({
      ok: false,
      error: "class-ended",
    });
    expect(await tom.hub.request("class:answer", { code, pupil: third.pupil, step: 2, choice: 0 })).toEqual({
      ok: false,
      error: "class-ended",
    });
    expect(await back.hub.request("class:resume", { code, pupil: first.pupil })).toEqual({
      ok: false,
      error: "class-ended",
    });
  });

  it("accepts a teacher's own tour and refuses one over 64 KB", async () => {
    const teacher = connect();
    const stop = {
      company: "acierie-du-golfe",
      workshop: "haut-fourneau-acierie",
      machine: "haut-fourneau",
      narration: "Une narration assez longue.",
      notes: "Des notes pour l'enseignant.",
      question: { prompt: "Quelle couleur ?", answer: "Rouge.", choices: ["Rouge", "Vert"], correct: 0 },
    };
    const tour = { id: "ma-visite", title: "Ma visite", audience: "3e", minutes: 20, stops: [stop, stop] };
    const created = await teacher.hub.request("class:create", { tour });
    expect(created.ok).toBe(true);
    const state = await teacher.until("class:state");
    expect(state.tour).toMatchObject({ id: "ma-visite", stops: [{}, {}] });
    expect((await teacher.until("class:results")).counts).toEqual([0, 0]);

    // Over 64 KB, but under what the hub reads before closing the socket.
    const huge = {
      ...tour,
      stops: Array.from({ length: 105 }, () => ({ ...stop, narration: "x".repeat(400) })),
    };
    expect(JSON.stringify({ tour: huge }).length).toBeGreaterThan(limits.maxCreateBytes);
    expect(JSON.stringify({ tour: huge }).length).toBeLessThan(limits.maxCreateBytes + 10_000);
    expect(await teacher.hub.request("class:create", { tour: huge })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await teacher.hub.request("class:create", { tour: "visite-inconnue" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
  });

  it("holds at most 60 pupils", async () => {
    const { code } = await createClass(connect());
    const pupils = Array.from({ length: 4 }, () => connect("10.3.0.1"));
    for (let i = 0; i < limits.maxPupils; i++)
      await joinClass(pupils[i % 4] as TestClient, code, `Élève ${i}`);
    expect(await connect("10.3.0.1").hub.request("class:join", { code, name: "Un de trop" })).toEqual({
      ok: false,
      error: "class-full",
    });
  });
});

describe("privacy", () => {
  it("logs no pseudonym and no address", async () => {
    const { code } = await createClass(connect("10.7.7.7"));
    await joinClass(connect("10.7.7.8"), code, "Capucine");
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of ["Capucine", "Léa", "Tom", "10.7.7", "10.2.0.1", "127.0.0.1"])
      expect(logs.join("\n")).not.toContain(secret);
  });
});

describe("bad input", () => {
  it("answers unknown events and malformed payloads with bad-payload, and keeps the socket", async () => {
    const client = connect();
    // What no typed client can send (the protocol's event tables refuse it at compile time): the
    // untyped socket, as a hostile page would use it.
    const socket: Socket = client.hub.socket;
    const ask = (event: string, ...args: unknown[]) =>
      new Promise((resolve) =>
        socket.timeout(5000).emit(event, ...args, (_: unknown, reply: unknown) => resolve(reply)),
      );
    expect(await ask("class:hack", { code: "ABCDEF" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await ask("__proto__", {})).toEqual({ ok: false, error: "bad-payload" });
    expect(await ask("class:join", "ABCDEF")).toEqual({ ok: false, error: "bad-payload" });
    expect(await ask("class:join", { code: 123456, name: "Léa" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await ask("class:join", { code: "ABCDEF" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await ask("class:join", { code: "ABCDEF", name: "Léa" }, "extra")).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await ask("class:goto", { code: "ABCDEF", key: "k", step: "2" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    socket.emit("class:join", { code: "ABCDEF", name: "Sans accusé" }); // no ack: ignored
    socket.emit("nimporte-quoi");
    const { code } = await createClass(connect());
    expect((await client.hub.request("class:join", { code, name: "Léa" })).ok).toBe(true);
  });

  it("refuses forged keys and tokens, and a pupil can act on no other class", async () => {
    const teacher = connect();
    const { code, key } = await createClass(teacher);
    const other = await createClass(connect());
    const pupil = connect();
    const joined = await joinClass(pupil, code, "Léa");
    const forged = key.slice(0, -2) + (key.endsWith("AA") ? "BB" : "AA");
    expect(await pupil.hub.request("class:goto", { code, key: forged, step: 1 })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await pupil.hub.request("class:goto", { code, key: joined.pupil, step: 1 })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await pupil.hub.request("class:end", { code, key: other.key })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await pupil.hub.request("class:lead", { code, key: joined.pupil })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await pupil.hub.request("class:resume", { code: other.code, pupil: joined.pupil })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(
      await pupil.hub.request("class:answer", { code, pupil: "forged-token", step: 0, choice: 0 }),
    ).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await pupil.hub.request("class:join", { code, name: " x " })).toEqual({
      ok: false,
      error: "bad-name",
    });
    expect(await pupil.hub.request("class:join", { code, name: "x".repeat(25) })).toEqual({
      ok: false,
      error: "bad-name",
    });
    // The class did not move.
    const led = await teacher.hub.request("class:lead", { code, key });
    expect(led.ok && led.state.step).toBe(0);
  });

  it("refuses pupils' payloads over 4 KB, and closes a socket that sends more than the hub reads", async () => {
    const { code } = await createClass(connect());
    const pupil = connect();
    const joined = await joinClass(pupil, code, "Léa");
    expect(
      await pupil.hub.request("class:ask", { code, pupil: joined.pupil, text: "é".repeat(2100) }),
    ).toEqual({ ok: false, error: "bad-payload" });
    expect(await pupil.hub.request("class:join", { code, name: "x".repeat(5000) } as never)).toEqual({
      ok: false,
      error: "bad-payload",
    });

    const flooder = connect();
    await new Promise<void>((connected) => flooder.hub.socket.once("connect", () => connected()));
    const closed = new Promise<void>((done) => flooder.hub.socket.once("disconnect", () => done()));
    flooder.hub.socket.emit("class:ask", { code, pupil: "p", text: "x".repeat(200_000) }, () => {});
    await closed;
    // Everyone else is still served.
    expect(
      await pupil.hub.request("class:ask", { code, pupil: joined.pupil, text: "Toujours là ?" }),
    ).toEqual({
      ok: true,
    });
  });

  it("blocks an address after 20 unknown codes (not counting malformed ones), and keeps serving the others", async () => {
    const teacher = connect("10.9.0.1");
    const { code, key } = await createClass(teacher);
    const follower = connect("10.9.0.2");
    await joinClass(follower, code, "Léa");

    // Malformed codes are refused but not counted.
    const careless = connect("10.66.0.1");
    for (let i = 0; i < 25; i++)
      expect(await careless.hub.request("class:join", { code: "AB0", name: "Robot" })).toEqual({
        ok: false,
        error: "bad-payload",
      });
    const attacker = connect("10.66.0.1");
    const answers: string[] = [];
    for (let i = 0; i < 200; i++) {
      let guess = "";
      for (let j = 0; j < 6; j++) guess += codeAlphabet[(i * 7 + j * 13) % codeAlphabet.length];
      if (guess === code) continue;
      const reply = await attacker.hub.request("class:join", { code: guess, name: "Robot" });
      answers.push(reply.ok ? "ok" : reply.error);
    }
    expect(answers.slice(0, limits.failedAttempts)).toEqual(
      new Array(limits.failedAttempts).fill("unknown-code"),
    );
    expect(new Set(answers.slice(limits.failedAttempts))).toEqual(new Set(["too-many-attempts"]));
    // The blocked address cannot join even a real class; another address can.
    expect(await connect("10.66.0.1").hub.request("class:join", { code, name: "Robot" })).toEqual({
      ok: false,
      error: "too-many-attempts",
    });
    // Wrong teacher keys from the blocked address reveal nothing either.
    expect(await connect("10.66.0.1").hub.request("class:lead", { code, key: "devine" })).toEqual({
      ok: false,
      error: "too-many-attempts",
    });
    await joinClass(connect("10.9.0.3"), code, "Tom");
    expect(await teacher.hub.request("class:goto", { code, key, step: 1 })).toEqual({ ok: true });
    await follower.until("class:state", (s) => s.step === 1);
  });

  it("limits the rate of events per socket", async () => {
    const client = connect();
    const replies = await Promise.all(
      Array.from({ length: 100 }, () => client.hub.request("class:join", { code: "AB0", name: "Robot" })),
    );
    const errors = replies.map((reply) => (reply.ok ? "ok" : reply.error));
    expect(errors).toContain("too-many-attempts");
    expect(errors).toContain("bad-payload");
  });
});
