import type { HocuspocusProvider } from "@hocuspocus/provider";
import { BODY_FIELD } from "@sfo-review/schema";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import type * as Y from "yjs";
import { editorNodeExtensions } from "./nodeViews/editorNodeViews.js";
import type { AwarenessUser } from "./presence/awarenessUser.schema.js";
import { renderCaret } from "./presence/renderCaret.js";

export interface CollaborativeBodyProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: AwarenessUser;
  editable: boolean;
}

/** The Tiptap editor bound to the review's Yjs body, with other users' carets. */
export function CollaborativeBody({ doc, provider, user, editable }: CollaborativeBodyProps) {
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...editorNodeExtensions(),
        Collaboration.configure({ document: doc, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
      ],
      editorProps: {
        attributes: { class: "sfo-editor__body", "aria-label": "Review text", spellcheck: "true" },
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return <EditorContent editor={editor} className="sfo-editor__content" />;
}
