import { describe, expect, expectTypeOf, it } from "vitest";
import type { HubClientSocket } from "../src/protocol/hubClient";
import type { ClassState } from "../src/protocol/schema";

/**
 * The client's socket is typed with the protocol's event tables, the same as the hub's namespace
 * (`src/protocol/socketEvents.ts`): what this file writes wrong must fail `npm run typecheck`
 * (each `@ts-expect-error` is itself an error once the line compiles). Never called.
 */
function wrongUses(socket: HubClientSocket) {
  // @ts-expect-error: an event the protocol does not have
  socket.emit("class:hack", { code: "ABCDEF" }, () => {});
  // @ts-expect-error: class:join's payload without the pupil's name
  socket.emit("class:join", { code: "ABCDEF" }, () => {});
  // @ts-expect-error: class:join's code is a string
  socket.emit("class:join", { code: 123456, name: "Léa" }, () => {});
  // @ts-expect-error: a hub event the protocol does not have
  socket.on("class:hacked", () => {});
  // @ts-expect-error: class:state carries a class's state, not a string
  socket.on("class:state", (state: string) => state);
  socket.emit("class:join", { code: "ABCDEF", name: "Léa" }, (reply) => {
    if (reply.ok) expectTypeOf(reply.state).toEqualTypeOf<ClassState>();
  });
  socket.on("class:state", (state) => expectTypeOf(state).toEqualTypeOf<ClassState>());
}

describe("the client's socket", () => {
  it("is typed with the protocol's events (checked by the compiler: this file's @ts-expect-error lines)", () => {
    expect(wrongUses).toBeTypeOf("function");
  });
});
