import { type PrivateSessionId, type Session, SessionAwareAdapter } from "socket.io-adapter";

/**
 * Socket.IO's in-memory adapter with connection-state recovery, each kept session restored at
 * most once (as the Redis Streams adapter does, with GETDEL).
 *
 * Found by bench:reseau at 30 pupils: a device's reconnection was recovered on the hub, but the
 * answer reached the device too late, so it tried again with the same session; the stock adapter
 * restored the same session a second time, giving two sockets with one id. When the abandoned one
 * timed out, the hub dropped that id from the class's rooms, and the device that was still
 * connected heard nothing more of its class: it kept its old stop, with no banner. Restored once,
 * the second try gets a new socket, and the client re-attaches it to its class (`class:resume`).
 * Socket.IO's issue #4880 (« Socket recovery works only once ») is about the same duplicate session.
 */
export class RestoreOnceAdapter extends SessionAwareAdapter {
  override async restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    const session = await super.restoreSession(pid, offset);
    // NOTE: the parent's map is private in its types; the same field the parent deletes from.
    if (session) (this as unknown as { sessions: Map<PrivateSessionId, unknown> }).sessions.delete(pid);
    return session;
  }
}
