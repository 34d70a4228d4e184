import { describe, expect, it } from "vitest";
import type { HubNamespace, HubSocket } from "../../server/hubEvents";
import type { ClassState } from "../../src/protocol/schema";

/**
 * The hub's Socket.IO types come from the protocol: the checks are the `@ts-expect-error` lines,
 * which `npm run typecheck` fails on as soon as the types would accept them.
 */
describe("the hub's typed events", () => {
  it("accepts the protocol's events and refuses any other, or a wrong payload", () => {
    const state: ClassState = {
      tour: "t",
      step: 0,
      mode: "follow",
      revealed: false,
      pupils: 0,
      ended: false,
    };
    const emits = (namespace: HubNamespace, socket: HubSocket) => {
      namespace.to("classe:ABCDEF").emit("class:state", state);
      socket.emit("class:roster", { names: ["Léa"] });
      // @ts-expect-error: not an event of the protocol
      namespace.to("classe:ABCDEF").emit("class:unknown", {});
      // @ts-expect-error: the roster is a list of names
      socket.emit("class:roster", { names: 3 });
      // @ts-expect-error: a state has every field
      socket.emit("class:state", { step: 1 });
    };
    expect(emits).toBeTypeOf("function");
  });
});
