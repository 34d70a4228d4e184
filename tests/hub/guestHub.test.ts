import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import { limits } from "../../src/protocol/schema";
import { type TestClient, testClient } from "./hubHelpers";

/**
 * Professionals in the live class (DESIGN.md, "Professionals in the class"): a guest joins with
 * its own secret, sees the questions the teacher let through and answers them; pupils vote; the
 * teacher hides an answer. And every refusal of the guest events.
 */

const tourId = "decouverte-industries-provence";
let hub: RunningHub;
const clients: TestClient[] = [];
let nextAddress = 1;

function connect(address = `10.7.0.${nextAddress++}`) {
  const client = testClient(hub.url, address);
  clients.push(client);
  return client;
}

async function classWithGuest() {
  const teacher = connect();
  const created = await teacher.hub.request("class:create", { tour: tourId });
  if (!created.ok) throw new Error(created.error);
  const { code, key } = created;
  const invited = await teacher.hub.request("class:invite", {
    code,
    key,
    firstName: " Samia ",
    trade: "soudeur",
  });
  if (!invited.ok) throw new Error(invited.error);
  return { teacher, code, key, guestSecret: invited.guest };
}

async function pupilIn(code: string, name: string, address?: string) {
  const pupil = connect(address);
  const joined = await pupil.hub.request("class:join", { code, name });
  if (!joined.ok) throw new Error(joined.error);
  return { client: pupil, token: joined.pupil };
}

/** A question asked by a pupil, let through (or not) by the teacher; its id. */
async function askedQuestion(
  teacher: TestClient,
  code: string,
  key: string,
  pupil: { client: TestClient; token: string },
  text: string,
  action?: "show" | "hide" | "done",
) {
  const asked = await pupil.client.hub.request("class:ask", { code, pupil: pupil.token, text });
  if (!asked.ok) throw new Error(asked.error);
  const list = await teacher.until("class:questions", (q) => q.some((x) => x.text === text));
  const id = list.find((x) => x.text === text)?.id ?? "";
  if (action) {
    const moderated = await teacher.hub.request("class:moderate", { code, key, question: id, action });
    if (!moderated.ok) throw new Error(moderated.error);
  }
  return id;
}

beforeAll(async () => {
  // A generous rate, so that the test of the replies' limit runs fast; the rate itself is tested in hub.test.ts.
  hub = await startHub({
    host: "127.0.0.1",
    trustProxy: true,
    log: () => {},
    hub: { eventsPerSecond: 1000, eventBurst: 1000 },
  });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await hub.close();
});

describe("a professional in the live class", () => {
  it("answers the questions let through; pupils vote and see the answer; a hidden answer leaves every screen", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    expect(guestSecret.length).toBeGreaterThanOrEqual(30);
    expect(guestSecret).not.toBe(key);
    const school = "10.8.0.1";
    const lea = await pupilIn(code, "Léa", school);
    const tom = await pupilIn(code, "Tom", school);
    await teacher.until("class:roster", (r) => r.names.length === 2);

    const guest = connect();
    const joined = await guest.hub.request("class:guest", { code: code.toLowerCase(), guest: guestSecret });
    expect(joined.ok && joined.state).toMatchObject({ tour: tourId, step: 0, ended: false });
    expect(joined.ok && joined.by).toEqual({ firstName: "Samia", trade: "soudeur" });

    const shownId = await askedQuestion(
      teacher,
      code,
      key,
      lea,
      "Pourquoi avez-vous choisi ce métier ?",
      "show",
    );
    await askedQuestion(teacher, code, key, tom, "Quel est le prénom de Léa ?"); // left in the queue
    const hiddenId = await askedQuestion(teacher, code, key, tom, "Question écartée", "hide");

    // The guest and the pupils see only the question let through.
    const seen = await guest.until("class:questions", (q) => q.length === 1);
    expect(seen).toEqual([
      { id: shownId, text: "Pourquoi avez-vous choisi ce métier ?", status: "shown", votes: 0 },
    ]);
    await tom.client.until("class:questions", (q) => q.length === 1 && q[0]?.id === shownId);

    // "Also ask this": one vote per pupil, counted for the guest.
    expect(
      await tom.client.hub.request("class:upvote", { code, pupil: tom.token, question: shownId }),
    ).toEqual({
      ok: true,
    });
    expect(
      await tom.client.hub.request("class:upvote", { code, pupil: tom.token, question: shownId }),
    ).toEqual({
      ok: true,
    });
    expect(
      await lea.client.hub.request("class:upvote", { code, pupil: lea.token, question: shownId }),
    ).toEqual({
      ok: true,
    });
    await guest.until("class:questions", (q) => q[0]?.votes === 2);
    await teacher.until("class:questions", (q) => q.find((x) => x.id === shownId)?.votes === 2);

    const text = "Parce que j’aime assembler des pièces qui tiennent des années.";
    expect(
      await guest.hub.request("class:reply", {
        code,
        guest: guestSecret,
        question: shownId,
        text,
        consent: true,
      }),
    ).toEqual({ ok: true });
    const expected = {
      question: shownId,
      asked: "Pourquoi avez-vous choisi ce métier ?",
      text,
      by: { firstName: "Samia", trade: "soudeur" },
      hidden: false,
    };
    for (const client of [lea.client, tom.client, guest])
      expect(await client.until("class:answers", (a) => a.length === 1)).toEqual([expected]);
    // Teacher windows also learn whether the class may keep it (not here: no class season).
    expect(await teacher.until("class:answers", (a) => a.length === 1)).toEqual([
      { ...expected, keepable: false, kept: false },
    ]);

    // The guest never received a pseudonym: no roster, no question left in the queue or hidden.
    expect(guest.received["class:roster"]).toEqual([]);
    const everything = JSON.stringify(guest.received);
    for (const unseen of ["Léa", "Tom", "Quel est le prénom", "Question écartée", `"id":"${hiddenId}"`])
      expect(everything).not.toContain(unseen);

    // The teacher hides the answer: gone for pupils and guest, marked hidden for teacher windows.
    expect(
      await teacher.hub.request("class:moderate", { code, key, question: shownId, action: "hide-answer" }),
    ).toEqual({ ok: true });
    for (const client of [lea.client, tom.client, guest])
      await client.until("class:answers", (a) => a.length === 0);
    await teacher.until("class:answers", (a) => a.length === 1 && a[0]?.hidden === true);
    // A pupil arriving now finds no trace of it.
    const late = await pupilIn(code, "Zoé", school);
    await late.client.until("class:questions", (q) => q.length === 1);
    expect(late.client.received["class:answers"].flat()).toEqual([]);

    // Everything ends with the class.
    expect((await teacher.hub.request("class:end", { code, key })).ok).toBe(true);
    await guest.until("class:state", (s) => s.ended);
    expect(await guest.hub.request("class:guest", { code, guest: guestSecret })).toEqual({
      ok: false,
      error: "class-ended",
    });
  });

  it("lets a guest neither lead, nor act as a pupil, nor read the roster", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const guest = connect();
    expect((await guest.hub.request("class:guest", { code, guest: guestSecret })).ok).toBe(true);
    for (const [event, payload] of [
      ["class:lead", { code, key: guestSecret }],
      ["class:goto", { code, key: guestSecret, step: 1 }],
      ["class:mode", { code, key: guestSecret, mode: "free" }],
      ["class:reveal", { code, key: guestSecret, step: 0 }],
      ["class:end", { code, key: guestSecret }],
      ["class:moderate", { code, key: guestSecret, question: "1", action: "show" }],
      ["class:invite", { code, key: guestSecret, firstName: "Karim", trade: "soudeur" }],
      ["class:resume", { code, pupil: guestSecret }],
      ["class:ask", { code, pupil: guestSecret, text: "Bonjour" }],
      ["class:upvote", { code, pupil: guestSecret, question: "1" }],
      ["class:answer", { code, pupil: guestSecret, step: 0, choice: 0 }],
    ] as const)
      expect(await guest.hub.request(event, payload as never), event).toEqual({
        ok: false,
        error: "bad-key",
      });
    // Nor may a teacher key or a pupil token join as a guest.
    expect(await guest.hub.request("class:guest", { code, guest: key })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await guest.hub.request("class:guest", { code, guest: pupil.token })).toEqual({
      ok: false,
      error: "bad-key",
    });
    const led = await teacher.hub.request("class:lead", { code, key });
    expect(led.ok && led.state).toMatchObject({ step: 0, mode: "follow" });
    expect(guest.received["class:roster"]).toEqual([]);
  });
});

describe("refusals of the guest events", () => {
  it("class:invite", async () => {
    const { teacher, code, key } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const invite = (payload: Record<string, unknown>) =>
      teacher.hub.request("class:invite", {
        code,
        key,
        firstName: "Karim",
        trade: "soudeur",
        ...payload,
      } as never);
    expect(await invite({ trade: "astronaute-lunaire" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await invite({ trade: "Soudeur !" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await invite({ firstName: 42 })).toEqual({ ok: false, error: "bad-payload" });
    expect(await invite({ firstName: "   " })).toEqual({ ok: false, error: "bad-name" });
    expect(await invite({ firstName: "x".repeat(limits.firstNameMax + 1) })).toEqual({
      ok: false,
      error: "bad-name",
    });
    expect(await invite({ firstName: "Ka\u202erim" })).toEqual({ ok: false, error: "bad-name" });
    expect(await invite({ key: pupil.token })).toEqual({ ok: false, error: "bad-key" });
    expect(await invite({ code: "ZZZZZZ" === code ? "YYYYYY" : "ZZZZZZ" })).toEqual({
      ok: false,
      error: "unknown-code",
    });
    // One guest already; three more, then the class is full.
    for (let i = 1; i < limits.guestsPerClass; i++) expect((await invite({})).ok).toBe(true);
    expect(await invite({})).toEqual({ ok: false, error: "class-full" });
    await teacher.hub.request("class:end", { code, key });
    expect(await invite({})).toEqual({ ok: false, error: "class-ended" });
  });

  it("class:guest", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const guest = connect();
    expect(await guest.hub.request("class:guest", { code: "ABCDE0", guest: guestSecret })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await guest.hub.request("class:guest", { code, guest: "" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await guest.hub.request("class:guest", { code, guest: `${guestSecret}x` })).toEqual({
      ok: false,
      error: "bad-key",
    });
    const other = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    expect(await guest.hub.request("class:guest", { code: other, guest: guestSecret })).toEqual({
      ok: false,
      error: "unknown-code",
    });
    await teacher.hub.request("class:end", { code, key });
    expect(await guest.hub.request("class:guest", { code, guest: guestSecret })).toEqual({
      ok: false,
      error: "class-ended",
    });
  });

  it("class:guest blocks an address after 20 forged secrets, and not the others", async () => {
    const { code, guestSecret } = await classWithGuest();
    const prober = connect("10.9.9.9");
    for (let i = 0; i < limits.failedAttempts; i++)
      expect((await prober.hub.request("class:guest", { code, guest: `forged-${i}` })).ok).toBe(false);
    expect(await prober.hub.request("class:guest", { code, guest: guestSecret })).toEqual({
      ok: false,
      error: "too-many-attempts",
    });
    expect((await connect("10.9.9.10").hub.request("class:guest", { code, guest: guestSecret })).ok).toBe(
      true,
    );
  });

  it("class:reply", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const guest = connect();
    await guest.hub.request("class:guest", { code, guest: guestSecret });
    const shown = await askedQuestion(teacher, code, key, pupil, "Vous travaillez la nuit ?", "show");
    const queued = await askedQuestion(teacher, code, key, pupil, "En attente");
    const hidden = await askedQuestion(teacher, code, key, pupil, "Écartée", "hide");
    const send = (payload: Record<string, unknown>) =>
      guest.hub.request("class:reply", {
        code,
        guest: guestSecret,
        question: shown,
        text: "Oui, parfois.",
        ...payload,
      } as never);

    expect(await send({ question: queued })).toEqual({ ok: false, error: "bad-payload" });
    expect(await send({ question: hidden })).toEqual({ ok: false, error: "bad-payload" });
    expect(await send({ question: "999" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await send({ text: "   " })).toEqual({ ok: false, error: "bad-payload" });
    expect(await send({ text: "x".repeat(limits.replyMax + 1) })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await send({ padding: "x".repeat(limits.maxReplyBytes) })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await send({ consent: "oui" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await send({ guest: key })).toEqual({ ok: false, error: "bad-key" });
    expect(await send({ guest: pupil.token })).toEqual({ ok: false, error: "bad-key" });
    expect(await send({ code: code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ" })).toEqual({
      ok: false,
      error: "unknown-code",
    });
    // Pupils never write to the guest: class:reply with a pupil's token is refused above; the
    // guest's own answer is accepted, and may be corrected.
    expect(await send({ text: "😀".repeat(limits.replyMax) })).toEqual({ ok: true });
    expect(await send({})).toEqual({ ok: true });
    await teacher.until("class:answers", (a) => a.length === 1 && a[0]?.text === "Oui, parfois.");
    // Once hidden, an answer cannot be written again.
    await teacher.hub.request("class:moderate", { code, key, question: shown, action: "hide-answer" });
    expect(await send({ text: "Autre chose" })).toEqual({ ok: false, error: "too-late" });
    await teacher.hub.request("class:end", { code, key });
    expect(await send({})).toEqual({ ok: false, error: "class-ended" });
  });

  it("class:reply stops after the replies one guest may write", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const guest = connect();
    await guest.hub.request("class:guest", { code, guest: guestSecret });
    const shown = await askedQuestion(teacher, code, key, pupil, "Une question", "show");
    for (let i = 0; i < limits.repliesPerGuest; i++)
      expect(
        (await guest.hub.request("class:reply", { code, guest: guestSecret, question: shown, text: `v${i}` }))
          .ok,
      ).toBe(true);
    expect(
      await guest.hub.request("class:reply", { code, guest: guestSecret, question: shown, text: "encore" }),
    ).toEqual({
      ok: false,
      error: "too-many-attempts",
    });
  });

  it("class:upvote", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const queued = await askedQuestion(teacher, code, key, pupil, "En attente");
    const shown = await askedQuestion(teacher, code, key, pupil, "Montrée", "show");
    const vote = (payload: Record<string, unknown>) =>
      pupil.client.hub.request("class:upvote", {
        code,
        pupil: pupil.token,
        question: shown,
        ...payload,
      } as never);
    expect(await vote({ question: queued })).toEqual({ ok: false, error: "bad-payload" });
    expect(await vote({ question: "" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await vote({ question: "x".repeat(65) })).toEqual({ ok: false, error: "bad-payload" });
    expect(await vote({ pupil: guestSecret })).toEqual({ ok: false, error: "bad-key" });
    expect(await vote({ pupil: key })).toEqual({ ok: false, error: "bad-key" });
    expect(await vote({ code: code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ" })).toEqual({
      ok: false,
      error: "unknown-code",
    });
    expect(await vote({})).toEqual({ ok: true });
    await teacher.hub.request("class:end", { code, key });
    expect(await vote({})).toEqual({ ok: false, error: "class-ended" });
  });

  it("class:moderate hide-answer", async () => {
    const { teacher, code, key, guestSecret } = await classWithGuest();
    const pupil = await pupilIn(code, "Léa");
    const shown = await askedQuestion(teacher, code, key, pupil, "Sans réponse", "show");
    const hide = (payload: Record<string, unknown>) =>
      teacher.hub.request("class:moderate", {
        code,
        key,
        question: shown,
        action: "hide-answer",
        ...payload,
      } as never);
    expect(await hide({})).toEqual({ ok: false, error: "bad-payload" }); // no answer to hide
    expect(await hide({ action: "delete-answer" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await hide({ key: guestSecret })).toEqual({ ok: false, error: "bad-key" });
    await teacher.hub.request("class:end", { code, key });
    expect(await hide({})).toEqual({ ok: false, error: "class-ended" });
  });
});
