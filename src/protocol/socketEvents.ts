import type { ClientAck, ClientEventName, ClientPayload, ServerEventName, ServerEvents } from "./schema";

/**
 * The live class's events as Socket.IO's typed maps, for the hub (`server/hubEvents.ts`) and the
 * client: derived from the protocol's own tables, so that what the hub emits and what it answers
 * is checked against them by the compiler.
 *
 * To add an event, edit the protocol only (`schema.ts`), never these maps:
 * - client → hub: its zod payload in `clientPayloads` and its reply in `ClientReplies`;
 * - hub → client: its payload type in `ServerEvents` and its zod schema in `serverPayloads`.
 */

/** What the hub emits: one payload per event. */
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEvents[E]) => void;
};

/** What a client sends: a payload and the acknowledgement the hub answers with. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (reply: ClientAck<E>) => void) => void;
};
