import { describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { awarenessForCarets } from "./awarenessForCarets.js";

/** This client's awareness and another client's, whose states reach this one as over the wire. */
function twoClients() {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  const receive = () => applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
  const destroy = () => {
    mine.destroy();
    theirs.destroy();
  };
  return { mine, theirs, receive, destroy };
}

describe("awarenessForCarets", () => {
  it("keeps this client's own caret moves from the caret plugin's change listeners", () => {
    const { mine, destroy } = twoClients();
    const heard: unknown[] = [];
    awarenessForCarets(mine, () => false).on("change", (changes: unknown) => heard.push(changes));
    mine.setLocalStateField("cursor", { anchor: 1, head: 1 });
    mine.setLocalStateField("cursor", { anchor: 2, head: 2 });
    expect(heard).toEqual([]);
    destroy();
  });

  it("passes on changes of another client, with their changes and origin", () => {
    const { mine, theirs, receive, destroy } = twoClients();
    const heard: unknown[][] = [];
    awarenessForCarets(mine, () => false).on("change", (...args: unknown[]) => heard.push(args));
    theirs.setLocalStateField("cursor", { anchor: 3, head: 3 });
    receive();
    expect(heard).toEqual([[{ added: [theirs.clientID], updated: [], removed: [] }, "remote"]]);
    destroy();
  });

  it("passes on this client's own change when a redraw is needed", () => {
    const { mine, destroy } = twoClients();
    let redrawNeeded = false;
    let heard = 0;
    awarenessForCarets(mine, () => redrawNeeded).on("change", () => heard++);
    mine.setLocalStateField("cursor", { anchor: 1, head: 1 });
    redrawNeeded = true;
    mine.setLocalStateField("cursor", { anchor: 2, head: 2 });
    expect(heard).toBe(1);
    destroy();
  });

  it("removes a change listener given to it, and leaves other events and the state to the awareness", () => {
    const { mine, theirs, receive, destroy } = twoClients();
    const facade = awarenessForCarets(mine, () => false);
    let changes = 0;
    let updates = 0;
    const onChange = () => changes++;
    const onUpdate = () => updates++;
    facade.on("change", onChange);
    facade.on("update", onUpdate);
    facade.setLocalStateField("user", { name: "PP1" });
    expect(mine.getLocalState()).toEqual({ user: { name: "PP1" } });
    expect(facade.getStates()).toBe(mine.getStates());
    expect(updates).toBe(1);
    facade.off("change", onChange);
    facade.off("update", onUpdate);
    theirs.setLocalStateField("cursor", { anchor: 3, head: 3 });
    receive();
    expect([changes, updates]).toEqual([0, 1]);
    destroy();
  });
});
