import type { Awareness } from "y-protocols/awareness";

/** What y-protocols passes to a "change" listener. */
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

type Listener = (...args: never[]) => void;

/**
 * `awareness` as y-tiptap's caret plugin should see it: its "change" listeners hear a change that
 * involves another client, and a change of this client's own state only when `redrawNeeded()`.
 *
 * Why: the caret plugin answers every awareness change with a redraw (a whole editor transaction,
 * a timer later), and this user's own caret moves with every keystroke though it is never drawn.
 * The exception: after a local change of block structure the plugin hides other users' carets
 * until the next awareness change; `redrawNeeded` says when that has happened.
 *
 * Everything else (state, other events, setting the local state) is the awareness itself.
 */
export function awarenessForCarets(awareness: Awareness, redrawNeeded: () => boolean): Awareness {
  const filtered = new Map<Listener, Listener>();
  const facade: Awareness = Object.create(awareness);
  facade.on = (name: string, listener: Listener) => {
    if (name !== "change") return awareness.on(name, listener);
    const onChange = (changes: AwarenessChanges, origin: unknown) => {
      const { added, updated, removed } = changes;
      const others = [added, updated, removed].some((ids) => ids.some((id) => id !== awareness.clientID));
      if (others || redrawNeeded()) (listener as (changes: AwarenessChanges, origin: unknown) => void)(changes, origin);
    };
    filtered.set(listener, onChange);
    awareness.on(name, onChange);
  };
  facade.off = (name: string, listener: Listener) => {
    const onChange = name === "change" ? filtered.get(listener) : undefined;
    if (onChange) filtered.delete(listener);
    awareness.off(name, onChange ?? listener);
  };
  return facade;
}
