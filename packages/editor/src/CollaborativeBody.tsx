import type { HocuspocusProvider } from "@hocuspocus/provider";
import { BODY_FIELD } from "@sfo-review/schema";
import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import { memo, useEffect } from "react";
import type * as Y from "yjs";
import { LINT_DISMISSALS_MAP } from "./lint/lintDismissal.schema.js";
import { LintExtension } from "./lint/LintExtension.js";
import { LintUi } from "./lint/LintUi.js";
import { editorNodeExtensions } from "./nodeViews/editorNodeViews.js";
import type { AwarenessUser } from "./presence/awarenessUser.schema.js";
import { CollaboratorCarets } from "./presence/CollaboratorCarets.js";

export interface CollaborativeBodyProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: AwarenessUser;
  editable: boolean;
  /** Live linting (default on); off only for comparisons such as the keystroke benchmark. */
  lint?: boolean;
}

/**
 * The Tiptap editor bound to the review's Yjs body, with other users' carets. Memoised: a
 * re-render here re-renders every React node view of a long review.
 */
export const CollaborativeBody = memo(function CollaborativeBody({
  doc,
  provider,
  user,
  editable,
  lint = true,
}: CollaborativeBodyProps) {
  const dismissals = doc.getMap(LINT_DISMISSALS_MAP);
  const editor = useEditor(
    {
      editable,
      // Nothing here listens for Tiptap's "delete" events, and finding them re-applies every
      // transaction's steps to the document before it: work after each keystroke for no one.
      enableCoreExtensions: { delete: false },
      // Focusable when read-only too: a reader moves between findings (Alt+F8) and closes a
      // popover (Escape) from the keyboard, which needs the focus in the text.
      coreExtensionOptions: { tabindex: { value: "0" } },
      extensions: [
        ...editorNodeExtensions(),
        Collaboration.configure({ document: doc, field: BODY_FIELD }),
        CollaboratorCarets.configure({ awareness: provider.awareness }),
        LintExtension.configure({ enabled: lint, dismissals }),
      ],
      editorProps: {
        attributes: { class: "sfo-editor__body", "aria-label": "Review text", spellcheck: "true" },
      },
    },
    [doc, provider, lint],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return (
    <LintUi editor={editor} editable={editable} dismissals={dismissals} canDismiss={editable} userName={user.name}>
      <EditorContent editor={editor} className="sfo-editor__content" />
    </LintUi>
  );
});
