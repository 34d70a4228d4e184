import { io, type Socket } from "socket.io-client";
import {
  type ClassError,
  type ClassState,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ClientReplies,
  classNamespace,
  type HubHealth,
  healthPath,
  healthSchema,
  type ServerEventName,
  type ServerEvents,
} from "./schema";
import type { ClientToServerEvents, ServerToClientEvents } from "./socketEvents";

/**
 * A small typed client for the live class hub, for the app (and the tests and bench in Node):
 * requests answered by `{ ok: true, ... }` or `{ ok: false, error }`, never a rejected promise;
 * automatic reconnection, after which the class is re-attached with the session's credentials
 * (`class:lead`, `class:resume` or `class:guest`) and its state delivered to the `class:state` listeners.
 *
 * ```ts
 * const hub = connectHub();
 * const joined = await hub.request("class:join", { code, name });
 * if (joined.ok) hub.setSession({ role: "pupil", code, pupil: joined.pupil });
 * const stop = hub.on("class:state", (state) => …);
 * ```
 */

/** A refusal from the hub, or from this client: no answer in time (`timeout`), or closed (`offline`). */
export type HubError = ClassError | "timeout" | "offline";
export type HubReply<E extends ClientEventName> =
  | ({ ok: true } & ClientReplies[E])
  | { ok: false; error: HubError };
export type HubStatus = "connecting" | "connected" | "reconnecting" | "closed";
/** What a window needs to re-attach to its class after a reconnection. */
export type HubSession =
  | { role: "teacher"; code: string; key: string }
  | { role: "pupil"; code: string; pupil: string }
  | { role: "guest"; code: string; guest: string };
/** The outcome of re-attaching after a reconnection. */
export type HubReattach = { ok: true; state: ClassState } | { ok: false; error: HubError };

/**
 * The client's socket, typed with the protocol's event tables (the same as the hub's namespace):
 * an event name or a payload the protocol does not have fails to compile.
 */
export type HubClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface HubClientOptions {
  /** The hub's origin, e.g. `http://127.0.0.1:8080`; the page's own origin when omitted. */
  url?: string;
  /** How long a request waits for its acknowledgement (8 s). */
  timeoutMs?: number;
  /** Socket.IO transports; long-polling first then WebSocket by default (school proxies). */
  transports?: ("polling" | "websocket")[];
  /** Node only (tests, bench): extra HTTP headers of the handshake. */
  extraHeaders?: Record<string, string>;
  /** Reconnect automatically (true), waiting up to this long between attempts (4 s). */
  reconnection?: boolean;
  reconnectionDelayMax?: number;
}

export interface HubClient {
  readonly socket: HubClientSocket;
  readonly status: HubStatus;
  request<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
    timeoutMs?: number,
  ): Promise<HubReply<E>>;
  /** Listens to a hub event; returns the function that stops listening. */
  on<E extends ServerEventName>(event: E, listener: (payload: ServerEvents[E]) => void): () => void;
  onStatus(listener: (status: HubStatus) => void): () => void;
  /** Called after each re-attachment attempt that follows a reconnection. */
  onReattach(listener: (result: HubReattach) => void): () => void;
  /**
   * The page is back in the foreground (a phone woke): asks the class's state at once and
   * delivers it to the `class:state` listeners; a connection that went stale is reopened.
   */
  refresh(): void;
  /** Called after a reconnection the hub recovered: same socket, rooms kept, missed events replayed. */
  onRecovered(listener: () => void): () => void;
  setSession(session: HubSession | null): void;
  close(): void;
}

const serverEventNames: ServerEventName[] = [
  "class:state",
  "class:results",
  "class:roster",
  "class:questions",
  "class:summary",
  "class:answers",
  "class:readiness",
];

/** How long a woken page waits for the hub before it reopens its connection. */
const wakeProbeMs = 2500;
/** How long a reconnected socket waits before asking again to rejoin its class, when unanswered. */
const reattachRetryMs = 1000;

export function connectHub(options: HubClientOptions = {}): HubClient {
  const timeoutMs = options.timeoutMs ?? 8000;
  const socket: HubClientSocket = io(`${options.url ?? ""}${classNamespace}`, {
    path: "/socket.io/",
    transports: options.transports ?? ["polling", "websocket"],
    reconnection: options.reconnection ?? true,
    reconnectionDelay: 500,
    reconnectionDelayMax: options.reconnectionDelayMax ?? 4000,
    ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
  });
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const statusListeners = new Set<(status: HubStatus) => void>();
  const reattachListeners = new Set<(result: HubReattach) => void>();
  const recoveredListeners = new Set<() => void>();
  let status: HubStatus = "connecting";
  let session: HubSession | null = null;
  let connectedOnce = false;

  const dispatch = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) (listener as (payload: unknown) => void)(payload);
  };
  const setStatus = (next: HubStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  for (const event of serverEventNames) socket.on(event, (payload: unknown) => dispatch(event, payload));

  // NOTE: TypeScript does not resolve Socket.IO's conditional parameter types for an event that is
  // a type parameter (`request<E>`); this signature says the same as the typed socket for each E.
  const timedEmit = (wait: number) => {
    const timed = socket.timeout(wait);
    return timed.emit.bind(timed) as <E extends ClientEventName>(
      event: E,
      payload: ClientPayload<E>,
      ack: (error: Error | null, reply: ClientAck<E>) => void,
    ) => unknown;
  };

  function request<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
    wait = timeoutMs,
  ): Promise<HubReply<E>> {
    if (status === "closed") return Promise.resolve({ ok: false, error: "offline" });
    return new Promise((resolve) => {
      timedEmit(wait)(event, payload, (error, reply) => {
        resolve(error ? { ok: false, error: "timeout" } : reply);
      });
    });
  }

  async function reattach(wait = timeoutMs) {
    const current = session;
    if (!current) return;
    const result: HubReattach =
      current.role === "teacher"
        ? await request("class:lead", { code: current.code, key: current.key }, wait)
        : current.role === "pupil"
          ? await request("class:resume", { code: current.code, pupil: current.pupil }, wait)
          : await request("class:guest", { code: current.code, guest: current.guest }, wait);
    if (!result.ok && result.error === "timeout" && wait < timeoutMs && status === "connected") {
      // A socket that went stale while the page slept: reopen it now rather than after the
      // heartbeat gives up (up to 45 s); the hub then replays what it missed.
      socket.io.engine?.close();
      return;
    }
    if (!result.ok && result.error === "timeout") {
      // A busy hub or school link: the socket is back but not yet in its class, and would hear
      // nothing more of it. Ask again, as long as it stays connected with the same credentials.
      setTimeout(() => {
        if (session === current && status === "connected") void reattach();
      }, reattachRetryMs);
      return;
    }
    if (session !== current) return;
    if (result.ok) dispatch("class:state", result.state);
    for (const listener of reattachListeners)
      listener(result.ok ? { ok: true, state: result.state } : result);
  }

  socket.on("connect", () => {
    setStatus("connected");
    // A recovered connection (the hub kept this socket's rooms and replayed what it missed) is
    // already in its class; otherwise the session's credentials attach it again.
    if (connectedOnce && !socket.recovered) void reattach();
    else if (connectedOnce) for (const listener of recoveredListeners) listener();
    connectedOnce = true;
  });
  socket.on("disconnect", (reason) => {
    setStatus(reason === "io client disconnect" ? "closed" : "reconnecting");
  });
  socket.on("connect_error", () => {
    if (status !== "closed") setStatus("reconnecting");
  });

  return {
    socket,
    get status() {
      return status;
    },
    request,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const added = listener as (payload: never) => void;
      set.add(added);
      return () => set.delete(added);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onReattach(listener) {
      reattachListeners.add(listener);
      return () => reattachListeners.delete(listener);
    },
    refresh() {
      if (status === "connected") void reattach(wakeProbeMs);
    },
    onRecovered(listener) {
      recoveredListeners.add(listener);
      return () => recoveredListeners.delete(listener);
    },
    setSession(next) {
      session = next;
    },
    close() {
      session = null;
      setStatus("closed");
      socket.close();
    },
  };
}

/**
 * What `GET /api/classe/health` said: a hub and its health; no hub (an answer that is not a hub's:
 * a static host's 404 or page); or no answer within `timeoutMs` (a busy link, a hub starting,
 * offline), which is worth asking again.
 */
export type HubProbe = { kind: "hub"; health: HubHealth } | { kind: "none" } | { kind: "no-answer" };

/** Asks once whether a hub serves this origin. */
export async function probeHub(options: { url?: string; timeoutMs?: number } = {}): Promise<HubProbe> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 4000);
  try {
    const response = await fetch(`${options.url ?? ""}${healthPath}`, {
      signal: controller.signal,
      cache: "no-store",
    });
    if (!response.ok) return { kind: "none" };
    const parsed = healthSchema.safeParse(await response.json());
    return parsed.success ? { kind: "hub", health: parsed.data } : { kind: "none" };
  } catch (error) {
    // A body that is not JSON is a static host's page; an abort or a network error is no answer.
    return error instanceof SyntaxError ? { kind: "none" } : { kind: "no-answer" };
  } finally {
    clearTimeout(timer);
  }
}
