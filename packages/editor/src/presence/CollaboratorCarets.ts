import { Extension } from "@tiptap/core";
import type { DecorationSet } from "@tiptap/pm/view";
import { yCursorPlugin, yCursorPluginKey } from "@tiptap/y-tiptap";
import type { Awareness } from "y-protocols/awareness";
import { awarenessForCarets } from "./awarenessForCarets.js";
import { renderCaret, renderSelection } from "./renderCaret.js";

/** Options of `CollaboratorCarets`. */
export interface CollaboratorCaretsOptions {
  /** The provider's awareness, where `usePublishedUser` has put this user. */
  awareness: Awareness | null;
}

/**
 * Draws the other users' carets and selections (y-tiptap's caret plugin). In place of Tiptap's
 * CollaborationCaret so that a keystroke, which moves this user's own (undrawn) caret, costs one
 * editor transaction and not two (`awarenessForCarets`).
 */
export const CollaboratorCarets = Extension.create<CollaboratorCaretsOptions>({
  name: "collaboratorCarets",
  // As Tiptap's CollaborationCaret: its plugins come before most others'.
  priority: 999,

  addOptions() {
    return { awareness: null };
  },

  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) throw new Error("CollaboratorCarets needs the provider's awareness");
    const editor = this.editor;
    // No caret drawn though another user has one: after a local change of block structure, y-tiptap
    // hides the carets until the next awareness change.
    const caretsHidden = () => {
      const drawn = yCursorPluginKey.getState(editor.state) as DecorationSet | undefined;
      if (drawn && drawn.find().length > 0) return false;
      for (const [clientId, state] of awareness.getStates())
        if (clientId !== awareness.clientID && state.cursor != null) return true;
      return false;
    };
    return [
      yCursorPlugin(awarenessForCarets(awareness, caretsHidden), {
        cursorBuilder: renderCaret,
        selectionBuilder: renderSelection,
      }),
    ];
  },
});
