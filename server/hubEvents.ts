import type { Namespace, Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../src/protocol/socketEvents";

/**
 * The hub's Socket.IO types, with the protocol's events (`src/protocol/socketEvents.ts`): an event
 * emitted that the protocol does not list, or with the wrong payload, does not compile. To add an
 * event, add it to the protocol (`src/protocol/schema.ts`); these types follow. `Data` is what the
 * hub keeps on each connection (`socket.data`, see classHub.ts).
 */

/** Between hub nodes (Redis adapter): nothing of our own. */
export type InterServerEvents = Record<string, never>;

// biome-ignore lint/suspicious/noExplicitAny: Socket.IO's own default for `socket.data`.
type AnyData = any;

export type HubServer<Data = AnyData> = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  Data
>;
export type HubNamespace<Data = AnyData> = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  Data
>;
export type HubSocket<Data = AnyData> = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  Data
>;
