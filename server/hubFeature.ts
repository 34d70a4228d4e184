import type { Socket } from "socket.io";
import type { Ack, ClassError, ClientEventName, ParsedPayload } from "../src/protocol/schema";
import type { ClassRecord } from "./classRecord";

/**
 * What a feature of the hub (the class season, the challenges, the professionals' slots) receives
 * to answer its own events on the live class namespace: the events go through the class hub's
 * checks first (rate, size, zod schema of `clientPayloads`), then to the feature's handler.
 */
export interface FeatureCall {
  socket: Socket;
  /** True while the caller's address is blocked for too many failed attempts. */
  blocked(): Promise<boolean>;
  /** Counts a failed lookup (wrong key, unknown code) for the caller's address, and refuses. */
  failedLookup(error: ClassError): Promise<{ ok: false; error: ClassError }>;
}

export type FeatureHandler<E extends ClientEventName> = (
  call: FeatureCall,
  payload: ParsedPayload<E>,
) => Promise<Ack<Record<string, unknown>>>;

export type FeatureHandlers = { [E in ClientEventName]?: FeatureHandler<E> };

/** How the live class asks the class season about a class key, and tells it a session ended. */
export interface SeasonHooks {
  /** `ok` with the class id, `bad-class-key`, or `down` when the database cannot be reached. */
  verifyClassKey(
    classKey: string,
    classId?: string,
  ): Promise<{ ok: true; classId: string } | "bad-class-key" | "down">;
  /** Writes the ended session's aggregates; false when the database could not take them. */
  sessionEnded(record: ClassRecord, endedAt: number): Promise<boolean>;
}
