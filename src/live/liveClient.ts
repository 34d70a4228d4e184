import type { Tour } from "../content/schema";
import { normalizeCode } from "../protocol/classRules";
import type { HubClient, HubError, HubReply } from "../protocol/hubClient";
import type { ClassMode, ClientEventName, ClientPayload, ModerateAction } from "../protocol/schema";
import { navigate } from "../state/actions";
import { appStore } from "../state/appStore";
import {
  answerChosen,
  classAnswersReceived,
  classQuestionsReceived,
  classReadinessReceived,
  classResultsReceived,
  classRosterReceived,
  classStateReceived,
  classSummaryReceived,
  guestSigned,
  hubHealthChanged,
  liveCleared,
  liveConnectionChanged,
  liveSeasonChanged,
  liveStarted,
  questionVoted,
  showLiveProblem,
} from "../state/liveActions";
import type { LiveProblem } from "../state/liveSlice";
import { readMyClass } from "../state/myClassStorage";
import {
  forgetPupilSession,
  forgetTeacherSession,
  type PupilSession,
  readPupilSession,
  readTeacherSession,
  type TeacherSession,
  writePupilSession,
  writeTeacherSession,
} from "./liveSessions";

/**
 * The live class on this window's side: one hub connection (opened on demand, its code loaded
 * only then), the teacher's and the pupil's actions, and the store kept up to date with what the
 * hub says. Plain functions: buttons, keys, a store subscription and the tests call them alike.
 */

const { getState } = appStore;

let hubUrl: string | undefined;
let hub: HubClient | null = null;
let opening: Promise<HubClient> | null = null;
/** The credentials of the class this window is in (never in the store, never on screen). */
let teacher: TeacherSession | null = null;
let pupil: PupilSession | null = null;
/** A professional's guest link: the class code and the guest secret (from the address, kept nowhere else). */
let guest: { code: string; guest: string } | null = null;
/** The last step (0-based) this teacher window asked the class to go to. */
let lastGoto: number | null = null;

/** Points the client at a hub other than this page's origin (tests in Node). */
export function configureLiveClient(options: { url?: string }): void {
  hubUrl = options.url;
}

function originUrl(): string | undefined {
  if (hubUrl !== undefined) return hubUrl;
  return typeof location === "undefined" ? undefined : location.origin;
}

/**
 * How long each question to the hub may wait: a school link shared by a whole class, or a busy
 * hub, can hold a small answer for seconds, so a question without an answer is asked again, longer,
 * before the page says there is no hub (a static host's answer says so at once).
 */
const healthWaitsMs = [4000, 8000, 16000];
/**
 * How long a pupil's join waits for the hub's answer (a usual request: 8 s). A whole class joins
 * in the same minute on one link: an answer late but on its way is better than a message and a
 * second join (the hub would count the pupil twice).
 */
const joinWaitMs = 60_000;
let healthCheck: Promise<boolean> | null = null;

/** Asks whether a hub serves this site; the answer is kept in the store (`hubHealth`). */
export async function checkHubHealth(force = false): Promise<boolean> {
  const { hubHealth } = getState();
  if (!force && (hubHealth === "available" || hubHealth === "unavailable")) return hubHealth === "available";
  if (healthCheck) return healthCheck;
  healthCheck = (async () => {
    hubHealthChanged("checking");
    const { probeHub } = await import("../protocol/hubClient");
    const url = originUrl();
    let available = false;
    for (const timeoutMs of healthWaitsMs) {
      const probe = await probeHub(url === undefined ? { timeoutMs } : { url, timeoutMs });
      if (probe.kind === "no-answer") continue;
      available = probe.kind === "hub";
      break;
    }
    hubHealthChanged(available ? "available" : "unavailable");
    return available;
  })().finally(() => {
    healthCheck = null;
  });
  return healthCheck;
}

/** The one hub connection of this window, opened on first use (socket.io-client loads then). */
async function connection(): Promise<HubClient> {
  if (hub) return hub;
  if (opening) return opening;
  opening = (async () => {
    const { connectHub } = await import("../protocol/hubClient");
    const url = originUrl();
    const client = connectHub(url === undefined ? {} : { url });
    client.on("class:state", classStateReceived);
    client.on("class:results", classResultsReceived);
    client.on("class:roster", classRosterReceived);
    client.on("class:questions", classQuestionsReceived);
    client.on("class:answers", classAnswersReceived);
    client.on("class:readiness", classReadinessReceived);
    client.on("class:summary", (summary) => {
      classSummaryReceived(summary);
      forgetTeacherSession();
    });
    client.on("class:state", (state) => {
      if (!state.ended) return;
      if (pupil) forgetPupilSession();
      if (teacher) forgetTeacherSession();
    });
    client.onStatus((status) => liveConnectionChanged(status));
    client.onReattach((result) => {
      if (result.ok) return;
      if (result.error === "timeout" || result.error === "offline") return;
      // The class is gone (ended, expired, or a hub without Redis restarted): say so, keep nothing.
      showLiveProblem(result.error);
      leaveClass();
    });
    // NOTE: a phone or tablet that slept kept its socket frozen; on waking it shows the class's
    // stop at once instead of the one it fell asleep on.
    if (typeof document !== "undefined")
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible" && hub === client) client.refresh();
      });
    hub = client;
    opening = null;
    return client;
  })();
  return opening;
}

async function request<E extends ClientEventName>(
  event: E,
  payload: ClientPayload<E>,
  waitMs?: number,
): Promise<HubReply<E>> {
  const client = await connection();
  return client.request(event, payload, waitMs);
}

/** A request outside a class's own credentials (a company's slots, the open slots). */
export async function hubRequest<E extends ClientEventName>(
  event: E,
  payload: ClientPayload<E>,
): Promise<HubReply<E>> {
  if (!(await checkHubHealth())) return { ok: false, error: "offline" };
  return request(event, payload);
}

/** A teacher's request about the class this window leads (booking a slot for it). */
export async function teacherRequest<E extends ClientEventName>(
  event: E,
  payload: (credentials: { code: string; key: string }) => ClientPayload<E>,
): Promise<HubReply<E>> {
  if (!teacher) return { ok: false, error: "offline" };
  return request(event, payload({ code: teacher.code, key: teacher.key }));
}

/** Shows and returns a refusal, or clears the last one on success. */
function noted<T extends { ok: boolean }>(reply: T): T {
  const error = (reply as { error?: HubError }).error;
  showLiveProblem(reply.ok ? null : (error ?? "offline"));
  return reply;
}

// ——— Teacher ———

/** The class this teacher window leads, as its credentials say. */
export function teacherSession(): TeacherSession | null {
  return teacher;
}

/**
 * "Classe en direct": creates a class for the tour on screen (a pack tour by id, the teacher's own
 * tour whole), from its current stop. Explains, rather than fails, when no hub serves the site.
 */
export async function startClass(tour: Tour, step1: number): Promise<LiveProblem | null> {
  const { content } = getState();
  const fromPack = content.status === "ready" && content.content.tourById.get(tour.id) === tour;
  showLiveProblem(null);
  if (!(await checkHubHealth(true))) {
    showLiveProblem("no-hub");
    return "no-hub";
  }
  // « Ma classe »: led with the class key, the session counts for the class's season.
  const myClass = readMyClass();
  const tourPayload = fromPack ? tour.id : tour;
  let reply = await request(
    "class:create",
    myClass
      ? { tour: tourPayload, classKey: myClass.classKey, classId: myClass.classId }
      : { tour: tourPayload },
  );
  let seasonStatus: "counting" | "not-counted" | null = null;
  if (myClass && !reply.ok && reply.error === "bad-class-key") {
    // A key this hub does not know (class deleted, another server): the class runs, uncounted.
    reply = await request("class:create", { tour: tourPayload });
    seasonStatus = "not-counted";
  } else if (myClass && reply.ok) seasonStatus = reply.counted === true ? "counting" : "not-counted";
  noted(reply);
  if (!reply.ok) return reply.error;
  teacher = { code: reply.code, key: reply.key, tourId: tour.id };
  pupil = null;
  writeTeacherSession(teacher);
  hub?.setSession({ role: "teacher", code: reply.code, key: reply.key });
  liveStarted("teacher", reply.code, tour.id);
  if (myClass && seasonStatus) liveSeasonChanged({ status: seasonStatus, label: myClass.label });
  lastGoto = 0;
  if (step1 > 1) await gotoStep(step1 - 1);
  return null;
}

/**
 * A teacher window attaches to the class that another window of this browser started (or that it
 * led before a reload), if it is about the tour on screen; the window then follows the class's stop.
 */
export async function attachClass(tourId: string): Promise<boolean> {
  const saved = readTeacherSession();
  if (!saved || saved.tourId !== tourId) return false;
  if (teacher && teacher.code === saved.code && getState().live?.role === "teacher") return true;
  if (!(await checkHubHealth())) return false;
  const reply = await request("class:lead", { code: saved.code, key: saved.key });
  if (!reply.ok) {
    if (reply.error !== "timeout" && reply.error !== "offline") forgetTeacherSession();
    return false;
  }
  teacher = saved;
  pupil = null;
  hub?.setSession({ role: "teacher", code: saved.code, key: saved.key });
  liveStarted("teacher", saved.code, tourId);
  classStateReceived(reply.state);
  lastGoto = reply.state.step;
  const route = getState().route;
  if (route.view === "tour" && route.tour === tourId && route.step !== reply.state.step + 1)
    navigate({ ...route, step: reply.state.step + 1 }, "replace");
  return true;
}

/** The teacher moved to another stop (clicker, buttons, the other window): the class follows. */
export async function gotoStep(step: number): Promise<void> {
  if (!teacher || lastGoto === step) return;
  lastGoto = step;
  const reply = await request("class:goto", { code: teacher.code, key: teacher.key, step });
  if (!reply.ok) {
    lastGoto = null;
    showLiveProblem(reply.error);
  }
}

/** "Mode libre" (free) or "Rappel" (follow). */
export async function setClassMode(mode: ClassMode): Promise<void> {
  if (!teacher) return;
  noted(await request("class:mode", { code: teacher.code, key: teacher.key, mode }));
}

/** "Afficher les résultats": the current step's tally goes to the projector and every pupil. */
export async function revealResults(step: number): Promise<void> {
  if (!teacher) return;
  noted(await request("class:reveal", { code: teacher.code, key: teacher.key, step }));
}

export async function moderateQuestion(question: string, action: ModerateAction): Promise<void> {
  if (!teacher) return;
  noted(await request("class:moderate", { code: teacher.code, key: teacher.key, question, action }));
}

/**
 * "Inviter un professionnel": a guest link for a professional (first name, trade), whose secret
 * the hub keeps hashed. Returns the secret, or the refusal.
 */
export async function inviteGuest(
  firstName: string,
  trade: string,
): Promise<{ ok: true; guest: string } | { ok: false; error: LiveProblem }> {
  if (!teacher) return { ok: false, error: "offline" };
  const reply = noted(
    await request("class:invite", { code: teacher.code, key: teacher.key, firstName, trade }),
  );
  return reply.ok ? { ok: true, guest: reply.guest } : { ok: false, error: reply.error };
}

/** "Terminer": ends the class everywhere; this window keeps only the summary on screen. */
export async function endClass(): Promise<void> {
  if (!teacher) return;
  const reply = noted(await request("class:end", { code: teacher.code, key: teacher.key }));
  if (reply.ok) classSummaryReceived(reply.summary);
  const season = getState().live?.season;
  if (reply.ok && season && reply.counted !== undefined)
    liveSeasonChanged({ status: reply.counted ? "recorded" : "lost", label: season.label });
  forgetTeacherSession();
}

// ——— Pupil ———

/** Joins a class with a code and a pseudonym; the resume token stays in this tab only. */
export async function joinClass(code: string, name: string): Promise<LiveProblem | null> {
  showLiveProblem(null);
  // The join page asked already; asking again here would only wait on a busy school link.
  if (!(await checkHubHealth())) {
    showLiveProblem("no-hub");
    return "no-hub";
  }
  // A whole class joins within a minute: the hub's answer may take longer than a usual request's.
  const reply = noted(await request("class:join", { code, name }, joinWaitMs));
  if (!reply.ok) return reply.error;
  const canonical = normalizeCode(code) ?? code;
  pupil = { code: canonical, pupil: reply.pupil, answers: {} };
  teacher = null;
  writePupilSession(pupil);
  hub?.setSession({ role: "pupil", code: canonical, pupil: reply.pupil });
  liveStarted(
    "pupil",
    canonical,
    typeof reply.state.tour === "string" ? reply.state.tour : reply.state.tour.id,
  );
  classStateReceived(reply.state);
  return null;
}

/** After a reload: the pupil comes back to the class of this tab, at its current stop, answers kept. */
export async function resumeClass(): Promise<boolean> {
  const saved = readPupilSession();
  if (!saved) return false;
  if (pupil && pupil.code === saved.code && getState().live?.role === "pupil") return true;
  if (!(await checkHubHealth())) return false;
  const reply = await request("class:resume", { code: saved.code, pupil: saved.pupil });
  if (!reply.ok) {
    if (reply.error !== "timeout" && reply.error !== "offline") {
      forgetPupilSession();
      showLiveProblem(reply.error);
    }
    return false;
  }
  pupil = saved;
  teacher = null;
  hub?.setSession({ role: "pupil", code: saved.code, pupil: saved.pupil });
  const tourId = typeof reply.state.tour === "string" ? reply.state.tour : reply.state.tour.id;
  liveStarted("pupil", saved.code, tourId, saved.answers);
  classStateReceived(reply.state);
  return true;
}

/** The pupil's answer to the current stop; changeable until the teacher reveals the results. */
export async function answerStep(step: number, choice: number): Promise<void> {
  if (!pupil) return;
  const before = getState().live?.answers[step];
  answerChosen(step, choice);
  const reply = noted(await request("class:answer", { code: pupil.code, pupil: pupil.pupil, step, choice }));
  if (!reply.ok) {
    answerChosen(step, before ?? null);
    return;
  }
  pupil = { ...pupil, answers: { ...pupil.answers, [step]: choice } };
  writePupilSession(pupil);
}

/** The stops (0-based) whose model this pupil's device holds, for the teacher's « appareils prêts ». */
export async function reportDeviceReady(stops: number[]): Promise<void> {
  if (!pupil) return;
  // No alert: a lost report only leaves the teacher's count behind until the next one.
  await request("class:ready", { code: pupil.code, pupil: pupil.pupil, stops });
}

/** "Poser une question": sends it to the teacher's queue. */
export async function askQuestion(text: string): Promise<LiveProblem | null> {
  if (!pupil) return "offline";
  const reply = noted(await request("class:ask", { code: pupil.code, pupil: pupil.pupil, text }));
  return reply.ok ? null : reply.error;
}

/** "Moi aussi": the pupil asks the same question; the guest sees the count. */
export async function upvoteQuestion(question: string): Promise<void> {
  if (!pupil) return;
  const reply = noted(await request("class:upvote", { code: pupil.code, pupil: pupil.pupil, question }));
  if (reply.ok) questionVoted(question);
}

// ——— Guest (a professional) ———

/** A professional opens the guest link: joins the class as a guest (never as a teacher or pupil). */
export async function joinAsGuest(code: string, secret: string): Promise<LiveProblem | null> {
  showLiveProblem(null);
  if (!(await checkHubHealth(true))) {
    showLiveProblem("no-hub");
    return "no-hub";
  }
  const reply = noted(await request("class:guest", { code, guest: secret }));
  if (!reply.ok) return reply.error;
  const canonical = normalizeCode(code) ?? code;
  guest = { code: canonical, guest: secret };
  teacher = null;
  pupil = null;
  hub?.setSession({ role: "guest", code: canonical, guest: secret });
  liveStarted(
    "guest",
    canonical,
    typeof reply.state.tour === "string" ? reply.state.tour : reply.state.tour.id,
  );
  guestSigned(reply.by);
  classStateReceived(reply.state);
  return null;
}

/** The guest's written answer to a question the teacher let through. */
export async function replyToQuestion(
  question: string,
  text: string,
  consent: boolean,
): Promise<LiveProblem | null> {
  if (!guest) return "offline";
  const reply = noted(
    await request("class:reply", { code: guest.code, guest: guest.guest, question, text, consent }),
  );
  return reply.ok ? null : reply.error;
}

// ——— Both ———

/** This window leaves its class (or closes the summary): the connection closes, nothing is kept. */
export function leaveClass(): void {
  if (teacher) forgetTeacherSession();
  if (pupil) forgetPupilSession();
  teacher = null;
  pupil = null;
  guest = null;
  lastGoto = null;
  hub?.close();
  hub = null;
  opening = null;
  liveCleared();
}
