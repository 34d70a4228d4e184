import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCompanyKey } from "../../server/db/slotStore";
import { type RunningHub, startHub } from "../../server/startHub";
import { faqLimits, faqListSchema, faqPath } from "../../src/protocol/schema";
import { type FreshDatabase, freshDatabase } from "../db/testDatabase";
import { type TestClient, testClient } from "./hubHelpers";

/**
 * « Questions fréquentes » on the hub (SQLite): a company writes entries with its key, anyone
 * reads them over HTTP — and every refusal of `faq:publish` and `faq:remove`.
 */

const companyKey = "cle-entreprise-acierie-0123456789abcdef";
const otherKey = "cle-entreprise-chlorosel-0123456789abcdef";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

let fresh: FreshDatabase;
let hub: RunningHub;
let bare: RunningHub;
const clients: TestClient[] = [];
let nextAddress = 1;

function connect(on: RunningHub = hub, address = `10.30.0.${nextAddress++}`) {
  const client = testClient(on.url, address);
  clients.push(client);
  return client;
}

const entry = {
  companyKey,
  company: "acierie-du-golfe",
  trade: "soudeur",
  question: "Pourquoi avez-vous choisi ce métier ?",
  answer: "  Parce que j’aime voir une pièce finie, solide, qui part sur un chantier.  ",
  firstName: " Samia ",
};
const publish = (client: TestClient, overrides: Record<string, unknown> = {}) =>
  client.hub.request("faq:publish", { ...entry, ...overrides } as never);

async function read(on: RunningHub, company: string) {
  const response = await fetch(`${on.url}${faqPath(company)}`);
  return { response, body: (await response.json()) as unknown };
}

beforeAll(async () => {
  fresh = await freshDatabase("sqlite");
  const seed = fresh.open();
  await seed.migrate();
  await addCompanyKey(seed.db, "acierie-du-golfe", sha256(companyKey), new Date());
  await addCompanyKey(seed.db, "chlorosel-mediterranee", sha256(otherKey), new Date());
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

describe("« questions fréquentes »", () => {
  it("a company publishes an entry, anyone reads it, cacheable; the company removes it", async () => {
    const company = connect();
    const published = await publish(company);
    expect(published.ok).toBe(true);
    const faqId = published.ok ? published.faqId : "";

    const { response, body } = await read(hub, "acierie-du-golfe");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(`public, max-age=${faqLimits.cacheSeconds}`);
    const list = faqListSchema.parse(body);
    expect(list.entries).toEqual([
      {
        faqId,
        trade: "soudeur",
        question: "Pourquoi avez-vous choisi ce métier ?",
        answer: "Parce que j’aime voir une pièce finie, solide, qui part sur un chantier.",
        firstName: "Samia",
        published: new Date().toISOString().slice(0, 10),
      },
    ]);
    expect(faqListSchema.parse((await read(hub, "chlorosel-mediterranee")).body).entries).toEqual([]);

    // Another company's key cannot remove it; its own can, once.
    expect(
      await connect().hub.request("faq:remove", {
        companyKey: otherKey,
        company: "chlorosel-mediterranee",
        faqId,
      }),
    ).toEqual({ ok: false, error: "bad-payload" });
    const remove = { companyKey, company: "acierie-du-golfe", faqId };
    expect(await company.hub.request("faq:remove", remove)).toEqual({ ok: true });
    expect(await company.hub.request("faq:remove", remove)).toEqual({ ok: false, error: "bad-payload" });
    expect(faqListSchema.parse((await read(hub, "acierie-du-golfe")).body).entries).toEqual([]);
  });

  it("refuses a wrong key, another company's key, a trade not of the company, too long texts, bad names", async () => {
    const client = connect();
    expect(await publish(client, { companyKey: "cle-fausse-0123456789abcdefghij" })).toEqual({
      ok: false,
      error: "bad-key",
    });
    // The key of one company never writes for another.
    expect(await publish(client, { companyKey: otherKey })).toEqual({ ok: false, error: "bad-key" });
    expect(
      await client.hub.request("faq:remove", {
        companyKey: otherKey,
        company: "acierie-du-golfe",
        faqId: "0123456789abcdef",
      }),
    ).toEqual({ ok: false, error: "bad-key" });
    // A catalogue trade the company does not have, and no trade at all.
    expect(await publish(client, { trade: "docker" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(client, { trade: "pas-un-metier" })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(client, { company: "pas-une-entreprise" })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(client, { question: "q".repeat(faqLimits.questionMax + 1) })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(client, { answer: "a".repeat(faqLimits.answerMax + 1) })).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect(await publish(client, { answer: "   " })).toEqual({ ok: false, error: "bad-payload" });
    expect(await publish(client, { firstName: "" })).toEqual({ ok: false, error: "bad-name" });
    expect(await publish(client, { firstName: "S".repeat(41) })).toEqual({ ok: false, error: "bad-name" });
    // At the longest, with multi-byte letters, it goes through.
    expect(
      (
        await publish(client, {
          question: "é".repeat(faqLimits.questionMax),
          answer: "é".repeat(faqLimits.answerMax),
        })
      ).ok,
    ).toBe(true);
    expect(await client.hub.request("faq:publish", { ...entry, extra: "x".repeat(9000) } as never)).toEqual({
      ok: false,
      error: "bad-payload",
    });
    expect((await read(hub, "Pas Une Entreprise")).response.status).toBe(400);
  });

  it("blocks an address after repeated wrong keys, and caps a company's entries", async () => {
    const guesser = connect();
    let last: unknown;
    for (let i = 0; i < 25; i++)
      last = await publish(guesser, { companyKey: `cle-fausse-${i}-0123456789abcdefghij` });
    expect(last).toEqual({ ok: false, error: "too-many-attempts" });
    // Even the right key is refused from that address while it is blocked.
    expect(await publish(guesser)).toEqual({ ok: false, error: "too-many-attempts" });

    // A fresh connection every 20 entries keeps under each connection's event rate.
    let company = connect();
    const already = faqListSchema.parse((await read(hub, "acierie-du-golfe")).body).entries.length;
    for (let i = already; i < faqLimits.entriesPerCompany; i++) {
      if (i % 20 === 0) company = connect();
      expect((await publish(company, { question: `Question ${i} ?` })).ok).toBe(true);
    }
    expect(await publish(connect(), { question: "Une de trop ?" })).toEqual({
      ok: false,
      error: "too-many-attempts",
    });
  });

  it("refuses a connection's events beyond its rate", async () => {
    const flooder = connect();
    const replies = await Promise.all(Array.from({ length: 60 }, () => publish(flooder, { answer: "" })));
    expect(replies).toContainEqual({ ok: false, error: "too-many-attempts" });
    expect(replies).toContainEqual({ ok: false, error: "bad-payload" });
  });

  it("without a database: publishing is unavailable, reading is an empty list", async () => {
    expect(await publish(connect(bare))).toEqual({ ok: false, error: "season-unavailable" });
    const { response, body } = await read(bare, "acierie-du-golfe");
    expect(response.status).toBe(200);
    expect(faqListSchema.parse(body).entries).toEqual([]);
  });
});
