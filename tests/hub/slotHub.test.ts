import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClass } from "../../server/db/seasonStore";
import { addCompanyKey, keptAnswersOf } from "../../server/db/slotStore";
import { keyHash } from "../../server/seasonKeys";
import { type RunningHub, startHub } from "../../server/startHub";
import { type FreshDatabase, freshDatabase } from "../db/testDatabase";
import { type TestClient, testClient } from "./hubHelpers";

/**
 * Professionals' slots on the hub (SQLite): a company publishes with its key, a teacher books a
 * slot for the live class it leads and gets a guest secret that opens that class as a guest —
 * and every refusal of the slot events.
 */

const tourId = "decouverte-industries-provence";
const companyKey = "cle-entreprise-acierie-0123456789abcdef";
const otherKey = "cle-entreprise-chlorosel-0123456789abcdef";
const classKey = "cle-de-classe-0123456789abcdefghij";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

let fresh: FreshDatabase;
let hub: RunningHub;
let bare: RunningHub;
const clients: TestClient[] = [];
let nextAddress = 1;

function connect(on: RunningHub = hub, address = `10.20.0.${nextAddress++}`) {
  const client = testClient(on.url, address);
  clients.push(client);
  return client;
}

const inOneHour = () => new Date(Date.now() + 60 * 60_000).toISOString();

async function publish(client: TestClient, overrides: Record<string, unknown> = {}) {
  return client.hub.request("slot:publish", {
    companyKey,
    company: "acierie-du-golfe",
    start: inOneHour(),
    minutes: 30,
    firstName: "Samia",
    trade: "soudeur",
    ...overrides,
  } as never);
}

async function liveClass() {
  const teacher = connect();
  const created = await teacher.hub.request("class:create", { tour: tourId });
  if (!created.ok) throw new Error(created.error);
  return { teacher, code: created.code, key: created.key };
}

beforeAll(async () => {
  fresh = await freshDatabase("sqlite");
  const seed = fresh.open();
  await seed.migrate();
  await addCompanyKey(seed.db, "acierie-du-golfe", sha256(companyKey), new Date());
  await addCompanyKey(seed.db, "chlorosel-mediterranee", sha256(otherKey), new Date());
  await createClass(seed.db, {
    id: "KVPTRE2345",
    key_hash: keyHash("class", classKey),
    school: "Collège Jean-Moulin",
    town: "Marseille",
    departement: "13",
    level: "3e",
    label: "3e B",
    created_at: new Date().toISOString(),
  });
  await seed.close();
  const where = fresh.where as { databaseFile: string };
  hub = await startHub({
    host: "127.0.0.1",
    trustProxy: true,
    log: () => {},
    database: { file: where.databaseFile },
  });
  bare = await startHub({ host: "127.0.0.1", trustProxy: true, log: () => {} });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await hub?.close();
  await bare?.close();
  await fresh?.drop();
});

describe("professionals' slots", () => {
  it("a company publishes, a teacher books for its live class, the guest joins with the secret", async () => {
    const company = connect();
    const published = await publish(company);
    expect(published.ok).toBe(true);
    const slotId = published.ok ? published.slotId : "";
    const open = await connect().hub.request("slot:open", {});
    expect(open.ok && open.slots.find((slot) => slot.slotId === slotId)).toMatchObject({
      company: "acierie-du-golfe",
      firstName: "Samia",
      trade: "soudeur",
      minutes: 30,
      booked: false,
    });

    const { teacher, code, key } = await liveClass();
    const booked = await teacher.hub.request("slot:book", {
      slotId,
      code,
      key,
      classId: "KVPTRE2345",
      classKey,
    });
    expect(booked.ok && booked.slot).toMatchObject({ slotId, booked: true });
    const guestSecret = booked.ok ? booked.guest : "";
    expect(guestSecret.length).toBeGreaterThanOrEqual(30);

    const mine = await company.hub.request("slot:mine", { companyKey, company: "acierie-du-golfe" });
    expect(mine.ok && mine.slots.find((slot) => slot.slotId === slotId)?.booked).toBe(true);
    const reopened = await connect().hub.request("slot:open", {});
    expect(reopened.ok && reopened.slots.some((slot) => slot.slotId === slotId)).toBe(false);

    const guest = connect();
    const joined = await guest.hub.request("class:guest", { code, guest: guestSecret });
    expect(joined.ok && joined.by).toEqual({ firstName: "Samia", trade: "soudeur" });
    expect(await guest.hub.request("class:lead", { code, key: guestSecret })).toEqual({
      ok: false,
      error: "bad-key",
    });
  });
});

describe("answers kept in the class's season", () => {
  it("only with the guest's consent, for a slot booked with the class key; gone from nothing else", async () => {
    const company = connect();
    const { teacher, code, key } = await liveClass();
    const bookOne = async (withClass: boolean) => {
      const published = await publish(company);
      if (!published.ok) throw new Error(published.error);
      const booked = await teacher.hub.request("slot:book", {
        slotId: published.slotId,
        code,
        key,
        ...(withClass ? { classId: "KVPTRE2345", classKey } : {}),
      });
      if (!booked.ok) throw new Error(booked.error);
      const guest = connect();
      await guest.hub.request("class:guest", { code, guest: booked.guest });
      return { guest, secret: booked.guest };
    };
    const seasonGuest = await bookOne(true);
    const plainGuest = await bookOne(false);
    const pupil = connect();
    const joined = await pupil.hub.request("class:join", { code, name: "Léa" });
    if (!joined.ok) throw new Error(joined.error);
    const ask = async (text: string) => {
      await pupil.hub.request("class:ask", { code, pupil: joined.pupil, text });
      const list = await teacher.until("class:questions", (q) => q.some((x) => x.text === text));
      const id = list.find((x) => x.text === text)?.id ?? "";
      await teacher.hub.request("class:moderate", { code, key, question: id, action: "show" });
      return id;
    };
    const consented = await ask("Vous aimez votre métier ?");
    const refused = await ask("Vous gagnez combien ?");
    const outside = await ask("Vous travaillez loin ?");
    const reply = (
      who: { secret: string; guest: TestClient },
      question: string,
      text: string,
      consent: boolean,
    ) => who.guest.hub.request("class:reply", { code, guest: who.secret, question, text, consent });
    expect((await reply(seasonGuest, consented, "Oui, beaucoup.", true)).ok).toBe(true);
    expect((await reply(seasonGuest, refused, "Assez.", false)).ok).toBe(true);
    expect((await reply(plainGuest, outside, "Non.", true)).ok).toBe(true);
    const answers = await teacher.until("class:answers", (a) => a.length === 3);
    expect(answers.find((a) => a.question === consented)).toMatchObject({ keepable: true, kept: false });
    expect(answers.find((a) => a.question === refused)).toMatchObject({ keepable: false });
    expect(answers.find((a) => a.question === outside)).toMatchObject({ keepable: false });

    const keep = (question: string) =>
      teacher.hub.request("class:moderate", { code, key, question, action: "keep-answer" });
    expect(await keep(refused)).toEqual({ ok: false, error: "bad-payload" });
    expect(await keep(outside)).toEqual({ ok: false, error: "bad-payload" });
    expect(await keep(consented)).toEqual({ ok: true });
    expect(await keep(consented)).toEqual({ ok: false, error: "bad-payload" }); // already kept
    await teacher.until("class:answers", (a) => a.find((x) => x.question === consented)?.kept === true);
    // Pupils and guests never see the flags.
    expect(JSON.stringify(pupil.received["class:answers"])).not.toContain("keepable");

    const reader = fresh.open();
    try {
      const kept = await keptAnswersOf(reader.db, "KVPTRE2345");
      expect(
        kept.map(({ question, answer, first_name, trade }) => ({ question, answer, first_name, trade })),
      ).toEqual([
        {
          question: "Vous aimez votre métier ?",
          answer: "Oui, beaucoup.",
          first_name: "Samia",
          trade: "soudeur",
        },
      ]);
    } finally {
      await reader.close();
    }
    const bareClass = await liveClass();
    expect(
      await bareClass.teacher.hub.request("class:moderate", {
        code: bareClass.code,
        key: bareClass.key,
        question: "1",
        action: "keep-answer",
      }),
    ).toEqual({ ok: false, error: "bad-payload" });
  });
});

describe("refusals of the slot events", () => {
  it("slot:publish", async () => {
    const company = connect();
    expect(await publish(company, { companyKey: otherKey })).toEqual({ ok: false, error: "bad-key" });
    expect(await publish(company, { companyKey: "cle-inconnue-0123456789abcdefgh" })).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await publish(company, { companyKey: "court" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(company, { firstName: "  " })).toEqual({ ok: false, error: "bad-name" });
    expect(await publish(company, { trade: "astronaute-lunaire" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(company, { minutes: 5 })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(company, { minutes: 240 })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(company, { start: "demain" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(company, { start: new Date(Date.now() - 60 * 60_000).toISOString() })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(company, { start: new Date(Date.now() + 400 * 86_400_000).toISOString() })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(connect(bare))).toEqual({ ok: false, error: "season-unavailable" });
  });

  it("slot:publish blocks an address after 20 wrong company keys", async () => {
    const prober = connect(hub, "10.21.0.1");
    for (let i = 0; i < 20; i++)
      expect((await publish(prober, { companyKey: `mauvaise-cle-${i}-0123456789abcdef` })).ok).toBe(false);
    expect(await publish(prober)).toEqual({ ok: false, error: "too-many-attempts" });
    expect((await publish(connect(hub, "10.21.0.2"))).ok).toBe(true);
  });

  it("slot:open and slot:mine", async () => {
    expect(await connect(bare).hub.request("slot:open", {})).toEqual({
      ok: false,
      error: "season-unavailable",
    });
    const company = connect();
    expect(
      await company.hub.request("slot:mine", { companyKey: otherKey, company: "acierie-du-golfe" }),
    ).toEqual({
      ok: false,
      error: "bad-key",
    });
    expect(await company.hub.request("slot:mine", { companyKey, company: "Acierie" } as never)).toEqual({
      ok: false,
      error: "bad-payload",
    });
  });

  it("slot:book", async () => {
    const company = connect();
    const slotOf = async () => {
      const published = await publish(company);
      if (!published.ok) throw new Error(published.error);
      return published.slotId;
    };
    const { teacher, code, key } = await liveClass();
    const book = (payload: Record<string, unknown>) =>
      teacher.hub.request("slot:book", { code, key, ...payload } as never);

    expect(await book({ slotId: "0123456789abcdef" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await book({ slotId: "pas-un-id" })).toEqual({ ok: false, error: "bad-payload" });
    const slotId = await slotOf();
    expect(await book({ slotId, classId: "KVPTRE2345" })).toEqual({ ok: false, error: "bad-payload" });
    expect(
      await book({ slotId, classId: "KVPTRE2345", classKey: "cle-de-classe-fausse-0123456789ab" }),
    ).toEqual({
      ok: false,
      error: "bad-class-key",
    });
    const forged = key.slice(0, -2) + (key.endsWith("AA") ? "BB" : "AA");
    expect(await book({ slotId, key: forged })).toEqual({ ok: false, error: "bad-key" });
    expect(await book({ slotId, code: code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ" })).toEqual({
      ok: false,
      error: "unknown-code",
    });
    // Refused by the class: the slot stays open, and books at last.
    expect((await book({ slotId })).ok).toBe(true);
    expect(await book({ slotId })).toEqual({ ok: false, error: "too-late" });

    // The class takes 4 guests at most.
    for (let i = 0; i < 3; i++) expect((await book({ slotId: await slotOf() })).ok).toBe(true);
    expect(await book({ slotId: await slotOf() })).toEqual({ ok: false, error: "class-full" });

    const ended = await liveClass();
    await ended.teacher.hub.request("class:end", { code: ended.code, key: ended.key });
    expect(
      await ended.teacher.hub.request("slot:book", {
        slotId: await slotOf(),
        code: ended.code,
        key: ended.key,
      }),
    ).toEqual({ ok: false, error: "class-ended" });
    expect(await connect(bare).hub.request("slot:book", { slotId, code, key })).toEqual({
      ok: false,
      error: "season-unavailable",
    });
  });
});
