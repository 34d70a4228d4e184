import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Tour } from "../src/content/schema";
import {
  type Ack,
  type ClassError,
  type ClientEventName,
  classNamespace,
  cleanFirstName,
  cleanName,
  clientPayloads,
  codeAlphabet,
  codeLength,
  type FaqEventName,
  faqLimits,
  limits,
  type ParsedPayload,
  type SeasonEventName,
} from "../src/protocol/schema";
import {
  accept,
  addPupil,
  answer,
  ask,
  type ClassRecord,
  endClass,
  goTo,
  markReady,
  moderate,
  newClassRecord,
  type Outcome,
  type PupilRecord,
  questionsOf,
  readinessOf,
  refuse,
  resultsOf,
  reveal,
  rosterOf,
  setMode,
  stateOf,
} from "./classRecord";
import type { AttemptLimiter, ClassStore, Clock } from "./classStore";
import type { DatabaseLink } from "./db/seasonDatabaseLink";
import { keepAnswer } from "./db/slotStore";
import {
  addGuest,
  answersOf,
  type GuestRecord,
  guestsOf,
  hideAnswers,
  keepAnswers,
  reply,
  shownQuestionsOf,
  upvote,
} from "./guestRecord";
import type { HubNamespace, HubServer, HubSocket as TypedHubSocket } from "./hubEvents";
import type { FeatureCall, FeatureHandler, FeatureHandlers, SeasonHooks } from "./hubFeature";
import { type SlotCall, slotHandlers } from "./slotHub";

/**
 * The live class hub: the `/classe` namespace of a Socket.IO server. Every event is checked here
 * (rate, size, schema) before it reaches the class; every refusal is an acknowledgement
 * `{ ok: false, error }`. The hub logs neither pseudonyms nor addresses.
 */

export interface ClassHubOptions {
  io: HubServer;
  store: ClassStore;
  limiter: AttemptLimiter;
  /** Shipped tours by id. */
  tours: ReadonlyMap<string, Tour>;
  /** Trade ids of the catalogue: a guest's trade must be one of them (any well-formed id when omitted). */
  trades?: ReadonlySet<string>;
  /** The class season's database (professionals' slots); slot events answer `season-unavailable` without one. */
  database?: DatabaseLink | null;
  now?: Clock;
  /** Read the client's address from `X-Forwarded-For` (behind a reverse proxy). */
  trustProxy?: boolean;
  log?: (line: string) => void;
  /** Events a socket may send per second, on average, and in a burst. */
  eventsPerSecond?: number;
  eventBurst?: number;
  /** Delay before recounting a class's connected pupils after one comes or goes. */
  presenceDelayMs?: number;
  /**
   * Period of the recount of every class led from this node (15 s): catches the pupils of a node
   * that died without telling anyone.
   */
  presenceSweepMs?: number;
}

export interface ClassHubFeatures {
  /** Handlers of the features' own events (season, challenges, slots), checked like the class's. */
  features?: FeatureHandlers;
  /** The class season: class keys at `class:create`, aggregates at `class:end`. */
  season?: SeasonHooks;
}

export interface ClassHub {
  namespace: HubNamespace<SocketData>;
  close(): void;
}

interface SocketData {
  code?: string;
  role?: "teacher" | "pupil" | "guest";
  pupilId?: string;
  guestId?: string;
  created?: number;
}

type HubSocket = TypedHubSocket<SocketData>;

const everyone = (code: string) => `classe:${code}`;
const teachers = (code: string) => `enseignants:${code}`;
const pupils = (code: string) => `eleves:${code}`;
/** Professionals invited into the class: they get what the projector shows, never the roster. */
const guests = (code: string) => `invites:${code}`;
const roomOf = { teacher: teachers, pupil: pupils, guest: guests } as const;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const secret = (bytes: number) => randomBytes(bytes).toString("base64url");
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function newClassCode(): string {
  let code = "";
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** Classes one connection may create. */
const createsPerSocket = 10;
/** Over-rate events after which a socket is closed. */
const strikesBeforeClose = 200;

export function attachClassHub(options: ClassHubOptions & ClassHubFeatures): ClassHub {
  const { io, store, limiter, tours } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(`[hub] ${line}`));
  const rate = options.eventsPerSecond ?? 10;
  const burst = options.eventBurst ?? 40;
  const presenceDelay = options.presenceDelayMs ?? 100;
  const namespace = io.of(classNamespace);
  const presenceTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const sweeper = setInterval(() => {
    for (const room of namespace.adapter.rooms.keys())
      if (room.startsWith(teachers(""))) schedulePresence(room.slice(teachers("").length));
  }, options.presenceSweepMs ?? 15_000);
  sweeper.unref();

  function addressOf(socket: HubSocket): string {
    const forwarded = socket.handshake.headers["x-forwarded-for"];
    const raw =
      options.trustProxy && typeof forwarded === "string" && forwarded.length > 0
        ? (forwarded.split(",")[0] ?? "").trim()
        : socket.handshake.address;
    // Only a hash of the address is ever kept (in the limiter), and never logged.
    return sha256(`usine-classe:${raw}`).slice(0, 32);
  }

  /** Counts a failed lookup; a blocked address learns nothing more than "too many attempts". */
  async function failedLookup(socket: HubSocket, error: ClassError): Promise<Outcome<never>> {
    const address = addressOf(socket);
    if (await limiter.blocked(address)) return refuse("too-many-attempts");
    await limiter.fail(address);
    return refuse(error);
  }

  function enter(socket: HubSocket, code: string, role: "teacher" | "pupil" | "guest", memberId?: string) {
    leave(socket);
    socket.data.code = code;
    socket.data.role = role;
    if (memberId && role === "pupil") socket.data.pupilId = memberId;
    if (memberId && role === "guest") socket.data.guestId = memberId;
    void socket.join([everyone(code), roomOf[role](code)]);
  }

  function leave(socket: HubSocket) {
    const { code, role } = socket.data;
    if (!code) return;
    void socket.leave(everyone(code));
    void socket.leave(teachers(code));
    void socket.leave(pupils(code));
    void socket.leave(guests(code));
    delete socket.data.code;
    delete socket.data.role;
    delete socket.data.pupilId;
    delete socket.data.guestId;
    if (role === "pupil") schedulePresence(code);
  }

  function broadcastState(record: ClassRecord) {
    namespace.to(everyone(record.code)).emit("class:state", stateOf(record));
  }

  /** Results go to teacher windows, and to everyone once the step is revealed. */
  function sendResults(record: ClassRecord, step: number) {
    const room = record.revealed.includes(step) ? everyone(record.code) : teachers(record.code);
    namespace.to(room).emit("class:results", resultsOf(record, step));
  }

  /** Questions: all of them to teacher windows; those let through to pupils and guests. */
  function sendQuestions(record: ClassRecord) {
    namespace.to(teachers(record.code)).emit("class:questions", questionsOf(record));
    namespace
      .to([pupils(record.code), guests(record.code)])
      .emit("class:questions", shownQuestionsOf(record));
  }

  /** Guests' answers: all of them to teacher windows; the visible ones to pupils and guests. */
  function sendAnswers(record: ClassRecord) {
    namespace.to(teachers(record.code)).emit("class:answers", answersOf(record, "teacher"));
    namespace
      .to([pupils(record.code), guests(record.code)])
      .emit("class:answers", answersOf(record, "class"));
  }

  /** What a pupil or a guest receives on arrival, besides the acknowledgement's state. */
  function welcome(socket: HubSocket, record: ClassRecord) {
    setImmediate(() => {
      if (record.revealed.includes(record.step)) socket.emit("class:results", resultsOf(record, record.step));
      const shown = shownQuestionsOf(record);
      if (shown.length > 0) socket.emit("class:questions", shown);
      const answers = answersOf(record, "class");
      if (answers.length > 0) socket.emit("class:answers", answers);
    });
  }

  function schedulePresence(code: string) {
    if (presenceTimers.has(code)) return;
    const timer = setTimeout(() => {
      presenceTimers.delete(code);
      refreshPresence(code).catch((error: unknown) => log(`presence: ${String(error)}`));
    }, presenceDelay);
    presenceTimers.set(code, timer);
  }

  /** Recounts the pupils connected to a class on every node, and tells the class when it changed. */
  async function refreshPresence(code: string) {
    const sockets = await namespace.in(pupils(code)).fetchSockets();
    const online = [
      ...new Set(
        sockets.map((socket) => (socket.data as SocketData).pupilId).filter((id) => id !== undefined),
      ),
    ].sort();
    const result = await store.update(code, (record) => {
      const unchanged =
        record.online.length === online.length && record.online.every((id, i) => id === online[i]);
      // A refusal here only means "nothing to write".
      if (record.ended || unchanged) return refuse("bad-payload");
      record.online = online;
      return accept(null);
    });
    if (!result?.outcome.ok) return;
    broadcastState(result.record);
    namespace.to(teachers(code)).emit("class:roster", { names: rosterOf(result.record) });
    namespace.to(teachers(code)).emit("class:readiness", readinessOf(result.record));
  }

  /** A teacher action: the class must exist, not be ended, and the key must be its own. */
  async function asTeacher<T>(
    socket: HubSocket,
    payload: { code: string; key: string },
    change: (record: ClassRecord) => Outcome<T>,
  ): Promise<{ outcome: Outcome<T>; record: ClassRecord }> {
    const keyHash = sha256(payload.key);
    const result = await store.update(payload.code, (record) => {
      if (record.ended) return refuse("class-ended");
      if (!sameHash(record.keyHash, keyHash)) return refuse("bad-key");
      return change(record);
    });
    if (!result) return { outcome: await failedLookup(socket, "unknown-code"), record: null as never };
    if (!result.outcome.ok && result.outcome.error === "bad-key")
      return { outcome: await failedLookup(socket, "bad-key"), record: result.record };
    return result;
  }

  /** A pupil action: the class must exist, not be ended, and the token must be one of its pupils'. */
  async function asPupil<T>(
    socket: HubSocket,
    payload: { code: string; pupil: string },
    change: (record: ClassRecord, pupil: PupilRecord) => Outcome<T>,
  ): Promise<{ outcome: Outcome<T>; record: ClassRecord }> {
    const tokenHash = sha256(payload.pupil);
    const result = await store.update(payload.code, (record) => {
      if (record.ended) return refuse("class-ended");
      const pupil = record.pupils.find((candidate) => sameHash(candidate.tokenHash, tokenHash));
      if (!pupil) return refuse("bad-key");
      return change(record, pupil);
    });
    if (!result) return { outcome: await failedLookup(socket, "unknown-code"), record: null as never };
    if (!result.outcome.ok && result.outcome.error === "bad-key")
      return { outcome: await failedLookup(socket, "bad-key"), record: result.record };
    return result;
  }

  /** A guest action: the class must exist, not be ended, and the secret must be one of its guests'. */
  async function asGuest<T>(
    socket: HubSocket,
    payload: { code: string; guest: string },
    change: (record: ClassRecord, guest: GuestRecord) => Outcome<T>,
  ): Promise<{ outcome: Outcome<T>; record: ClassRecord }> {
    const tokenHash = sha256(payload.guest);
    const result = await store.update(payload.code, (record) => {
      if (record.ended) return refuse("class-ended");
      const guest = guestsOf(record).find((candidate) => sameHash(candidate.tokenHash, tokenHash));
      if (!guest) return refuse("bad-key");
      return change(record, guest);
    });
    if (!result) return { outcome: await failedLookup(socket, "unknown-code"), record: null as never };
    if (!result.outcome.ok && result.outcome.error === "bad-key")
      return { outcome: await failedLookup(socket, "bad-key"), record: result.record };
    return result;
  }

  /**
   * Invites a professional into a class (a teacher's `class:invite`, or a booked slot): returns the
   * guest secret, which the hub keeps only as a hash.
   */
  function guestInvitation(guest: {
    firstName: string;
    trade: string;
    company?: string;
    seasonClassId?: string;
  }) {
    const token = secret(24);
    return {
      token,
      add: (record: ClassRecord) =>
        addGuest(record, { id: randomBytes(8).toString("hex"), tokenHash: sha256(token), ...guest }),
    };
  }

  /** `keep-answer`: the question and the consenting answers go to the class's season. */
  async function keepInSeason(
    socket: HubSocket,
    payload: { code: string; key: string; question: string },
  ): Promise<Ack<Record<string, unknown>>> {
    const database = options.database;
    if (!database) return refuse("season-unavailable");
    const { outcome, record } = await asTeacher(socket, payload, (r) => keepAnswers(r, payload.question));
    if (!outcome.ok) return outcome;
    try {
      const keptAt = new Date(now());
      await database.use(async (db) => {
        for (const kept of outcome.value)
          await keepAnswer(db, { id: randomBytes(8).toString("hex"), ...kept }, keptAt);
      });
    } catch (error) {
      log(`keep-answer: database: ${error instanceof Error ? error.message : String(error)}`);
      await store.update(payload.code, (r) => keepAnswers(r, payload.question, false));
      return refuse("season-unavailable");
    }
    namespace.to(teachers(record.code)).emit("class:answers", answersOf(record, "teacher"));
    return { ok: true as const };
  }

  /** What the slot events of one socket may do with the live class. */
  function slotCall(socket: HubSocket): SlotCall {
    return {
      blocked: () => limiter.blocked(addressOf(socket)),
      failedLookup: (error) => failedLookup(socket, error) as Promise<{ ok: false; error: ClassError }>,
      async inviteIntoClass(code, key, guest) {
        const invitation = guestInvitation(guest);
        const { outcome } = await asTeacher(socket, { code, key }, invitation.add);
        return outcome.ok ? { ok: true, guest: invitation.token } : outcome;
      },
    };
  }
  const slots = slotHandlers({
    database: options.database ?? null,
    trades: options.trades ?? new Set(),
    now: () => now(),
    log,
  });

  type Handler<E extends ClientEventName> = (
    socket: HubSocket,
    payload: ParsedPayload<E>,
  ) => Promise<Ack<Record<string, unknown>>>;

  /** What a feature's handler gets to answer its events, counting failed lookups like the class's. */
  function featureCall(socket: HubSocket): FeatureCall {
    return {
      socket,
      blocked: () => limiter.blocked(addressOf(socket)),
      failedLookup: (error) => failedLookup(socket, error) as Promise<{ ok: false; error: ClassError }>,
    };
  }

  // The class season's and the « questions fréquentes » events are the features' (see `hubFeature.ts`), every other one is here.
  const handlers: { [E in Exclude<ClientEventName, SeasonEventName | FaqEventName>]: Handler<E> } = {
    "class:create": async (socket, { tour, classKey, classId }) => {
      if ((socket.data.created ?? 0) >= createsPerSocket) return refuse("too-many-attempts");
      const stops = typeof tour === "string" ? tours.get(tour)?.stops : tour.stops;
      if (!stops) return refuse("bad-payload");
      // The class season: a class key makes the session count; a database down never stops the class.
      let seasonClassId: string | undefined;
      let counted: boolean | undefined;
      if (classKey !== undefined) {
        if (await limiter.blocked(addressOf(socket))) return refuse("too-many-attempts");
        const verdict = options.season ? await options.season.verifyClassKey(classKey, classId) : "down";
        if (verdict === "bad-class-key") return failedLookup(socket, "bad-class-key");
        counted = verdict !== "down";
        if (verdict !== "down") seasonClassId = verdict.classId;
      }
      const key = secret(32);
      for (let attempt = 0; attempt < 20; attempt++) {
        const record = newClassRecord({
          code: newClassCode(),
          keyHash: sha256(key),
          tour,
          stops,
          now: now(),
        });
        if (seasonClassId) record.seasonClassId = seasonClassId;
        if (counted === false) record.seasonDown = true;
        if (!(await store.create(record))) continue;
        socket.data.created = (socket.data.created ?? 0) + 1;
        enter(socket, record.code, "teacher");
        // After the acknowledgement (sent when this handler's promise settles).
        setImmediate(() => {
          socket.emit("class:state", stateOf(record));
          socket.emit("class:results", resultsOf(record, 0));
          socket.emit("class:roster", { names: [] });
          socket.emit("class:questions", []);
          socket.emit("class:answers", []);
        });
        log(`class created (${typeof tour === "string" ? tour : "own tour"}, ${stops.length} steps)`);
        return { ok: true, code: record.code, key, ...(counted === undefined ? {} : { counted }) };
      }
      throw new Error("no free class code");
    },

    "class:lead": async (socket, payload) => {
      const record = await store.get(payload.code);
      if (!record) return failedLookup(socket, "unknown-code");
      if (record.ended) return refuse("class-ended");
      if (!sameHash(record.keyHash, sha256(payload.key))) return failedLookup(socket, "bad-key");
      enter(socket, record.code, "teacher");
      setImmediate(() => {
        socket.emit("class:results", resultsOf(record, record.step));
        socket.emit("class:roster", { names: rosterOf(record) });
        socket.emit("class:questions", questionsOf(record));
        socket.emit("class:answers", answersOf(record, "teacher"));
        socket.emit("class:readiness", readinessOf(record));
      });
      return { ok: true, state: stateOf(record) };
    },

    "class:goto": async (socket, payload) => {
      const { outcome, record } = await asTeacher(socket, payload, (r) => goTo(r, payload.step));
      if (!outcome.ok) return outcome;
      broadcastState(record);
      sendResults(record, record.step);
      return { ok: true };
    },

    "class:mode": async (socket, payload) => {
      const { outcome, record } = await asTeacher(socket, payload, (r) => setMode(r, payload.mode));
      if (!outcome.ok) return outcome;
      broadcastState(record);
      return { ok: true };
    },

    "class:reveal": async (socket, payload) => {
      const { outcome, record } = await asTeacher(socket, payload, (r) => reveal(r, payload.step));
      if (!outcome.ok) return outcome;
      if (payload.step === record.step) broadcastState(record);
      sendResults(record, payload.step);
      return { ok: true };
    },

    "class:moderate": async (socket, payload) => {
      const { action } = payload;
      if (action === "keep-answer") return keepInSeason(socket, payload);
      const { outcome, record } = await asTeacher(socket, payload, (r) =>
        action === "hide-answer" ? hideAnswers(r, payload.question) : moderate(r, payload.question, action),
      );
      if (!outcome.ok) return outcome;
      if (action !== "hide-answer") sendQuestions(record);
      // A hidden answer, or an answered question hidden, leaves every screen.
      if ((record.answers ?? []).some((answer) => answer.question === payload.question)) sendAnswers(record);
      return { ok: true };
    },

    "class:end": async (socket, payload) => {
      const { outcome, record } = await asTeacher(socket, payload, (r) => endClass(r, now()));
      if (!outcome.ok) return outcome;
      broadcastState(record);
      // NOTE: not in the DESIGN table: lets every teacher window (projector, presenter) show the summary.
      namespace.to(teachers(record.code)).emit("class:summary", outcome.value);
      log(`class ended (${record.pupils.length} pupils)`);
      if (record.seasonDown) return { ok: true, summary: outcome.value, counted: false };
      if (!record.seasonClassId) return { ok: true, summary: outcome.value };
      const counted = options.season ? await options.season.sessionEnded(record, now()) : false;
      return { ok: true, summary: outcome.value, counted };
    },

    "class:join": async (socket, payload) => {
      const name = cleanName(payload.name);
      if (await limiter.blocked(addressOf(socket))) return refuse("too-many-attempts");
      if (name === null) return refuse("bad-name");
      const token = secret(24);
      const id = randomBytes(8).toString("hex");
      const result = await store.update(payload.code, (record) =>
        addPupil(record, { id, name, tokenHash: sha256(token) }),
      );
      if (!result) return failedLookup(socket, "unknown-code");
      if (!result.outcome.ok) return result.outcome;
      enter(socket, payload.code, "pupil", id);
      schedulePresence(payload.code);
      const { record } = result;
      welcome(socket, record);
      const connected = new Set([...record.online, id]).size;
      return { ok: true, pupil: token, state: { ...stateOf(record), pupils: connected } };
    },

    "class:resume": async (socket, payload) => {
      const record = await store.get(payload.code);
      if (!record) return failedLookup(socket, "unknown-code");
      if (record.ended) return refuse("class-ended");
      const tokenHash = sha256(payload.pupil);
      const pupil = record.pupils.find((candidate) => sameHash(candidate.tokenHash, tokenHash));
      if (!pupil) return failedLookup(socket, "bad-key");
      enter(socket, record.code, "pupil", pupil.id);
      schedulePresence(record.code);
      welcome(socket, record);
      const connected = new Set([...record.online, pupil.id]).size;
      return { ok: true, state: { ...stateOf(record), pupils: connected } };
    },

    "class:answer": async (socket, payload) => {
      const { outcome, record } = await asPupil(socket, payload, (r, pupil) =>
        answer(r, pupil, payload.step, payload.choice),
      );
      if (!outcome.ok) return outcome;
      namespace.to(teachers(record.code)).emit("class:results", resultsOf(record, payload.step));
      return { ok: true };
    },

    "class:ready": async (socket, payload) => {
      const { outcome, record } = await asPupil(socket, payload, (r, pupil) =>
        markReady(r, pupil, payload.stops),
      );
      // The same stops again is no change: nothing to tell the teacher.
      if (!outcome.ok) return outcome.error === "bad-payload" ? { ok: true } : outcome;
      namespace.to(teachers(record.code)).emit("class:readiness", readinessOf(record));
      return { ok: true };
    },

    "class:ask": async (socket, payload) => {
      const { outcome, record } = await asPupil(socket, payload, (r, pupil) => ask(r, pupil, payload.text));
      if (!outcome.ok) return outcome;
      namespace.to(teachers(record.code)).emit("class:questions", questionsOf(record));
      return { ok: true };
    },

    "class:invite": async (socket, payload) => {
      const firstName = cleanFirstName(payload.firstName);
      if (firstName === null) return refuse("bad-name");
      if (options.trades && !options.trades.has(payload.trade)) return refuse("bad-payload");
      const invitation = guestInvitation({ firstName, trade: payload.trade });
      const { outcome } = await asTeacher(socket, payload, invitation.add);
      if (!outcome.ok) return outcome;
      log("guest invited");
      return { ok: true, guest: invitation.token };
    },

    "class:guest": async (socket, payload) => {
      if (await limiter.blocked(addressOf(socket))) return refuse("too-many-attempts");
      const record = await store.get(payload.code);
      if (!record) return failedLookup(socket, "unknown-code");
      if (record.ended) return refuse("class-ended");
      const tokenHash = sha256(payload.guest);
      const guest = guestsOf(record).find((candidate) => sameHash(candidate.tokenHash, tokenHash));
      if (!guest) return failedLookup(socket, "bad-key");
      enter(socket, record.code, "guest", guest.id);
      welcome(socket, record);
      return { ok: true, state: stateOf(record), by: { firstName: guest.firstName, trade: guest.trade } };
    },

    "class:reply": async (socket, payload) => {
      const { outcome, record } = await asGuest(socket, payload, (r, guest) =>
        reply(r, guest, payload.question, payload.text, payload.consent === true),
      );
      if (!outcome.ok) return outcome;
      sendAnswers(record);
      return { ok: true };
    },

    "slot:publish": (socket, payload) => slots["slot:publish"](slotCall(socket), payload),
    "slot:open": (socket, payload) => slots["slot:open"](slotCall(socket), payload),
    "slot:mine": (socket, payload) => slots["slot:mine"](slotCall(socket), payload),
    "slot:book": (socket, payload) => slots["slot:book"](slotCall(socket), payload),

    "class:upvote": async (socket, payload) => {
      const { outcome, record } = await asPupil(socket, payload, (r, pupil) =>
        upvote(r, pupil, payload.question),
      );
      if (!outcome.ok) return outcome;
      sendQuestions(record);
      return { ok: true };
    },
  };

  namespace.on("connection", (raw) => {
    const socket = raw as HubSocket;
    let tokens = burst;
    let lastRefill = Date.now();
    let strikes = 0;

    socket.onAny((event: unknown, ...args: unknown[]) => {
      const reply = args.at(-1);
      if (typeof reply !== "function") return; // Nothing to answer: ignored.
      const ack = reply as (answer: unknown) => void;
      const elapsed = Date.now() - lastRefill;
      lastRefill += elapsed;
      tokens = Math.min(burst, tokens + (elapsed * rate) / 1000);
      if (tokens < 1) {
        if (++strikes > strikesBeforeClose) socket.disconnect(true);
        ack(refuse("too-many-attempts"));
        return;
      }
      tokens--;
      if (
        typeof event !== "string" ||
        !(Object.hasOwn(handlers, event) || Object.hasOwn(options.features ?? {}, event)) ||
        args.length !== 2
      ) {
        ack(refuse("bad-payload"));
        return;
      }
      const name = event as ClientEventName;
      const payload = args[0];
      let size: number;
      try {
        size = Buffer.byteLength(JSON.stringify(payload) ?? "");
      } catch {
        size = Number.POSITIVE_INFINITY;
      }
      const maxBytes =
        name === "class:create"
          ? limits.maxCreateBytes
          : name === "class:reply"
            ? limits.maxReplyBytes
            : name === "faq:publish"
              ? faqLimits.maxPublishBytes
              : limits.maxPayloadBytes;
      if (size > maxBytes) {
        ack(refuse("bad-payload"));
        return;
      }
      const parsed = clientPayloads[name].safeParse(payload);
      if (!parsed.success) {
        ack(refuse("bad-payload"));
        return;
      }
      const own = Object.hasOwn(handlers, name)
        ? (handlers[name as keyof typeof handlers] as Handler<ClientEventName>)
        : null;
      const feature = (options.features ?? {})[name] as FeatureHandler<ClientEventName>;
      const answer = own ? own(socket, parsed.data) : feature(featureCall(socket), parsed.data);
      answer.then(ack, (error: unknown) => {
        // No answer: the client's timeout tells the user that the hub did not respond.
        log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    });

    socket.on("disconnect", () => {
      if (socket.data.role === "pupil" && socket.data.code) schedulePresence(socket.data.code);
    });
  });

  return {
    namespace,
    close() {
      clearInterval(sweeper);
      for (const timer of presenceTimers.values()) clearTimeout(timer);
      presenceTimers.clear();
    },
  };
}
