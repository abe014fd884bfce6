import type { DecorationAttrs } from "@tiptap/pm/view";
import { defaultSelectionBuilder } from "@tiptap/y-tiptap";
import { roleLabels } from "@sfo-review/schema";
import { awarenessUserSchema } from "./awarenessUser.schema.js";

/** The caret of another user: a coloured bar and a label "Name · Role". Text only, never HTML. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const parsed = awarenessUserSchema.safeParse(user);
  const caret = document.createElement("span");
  caret.classList.add("collaboration-carets__caret");
  const label = document.createElement("div");
  label.classList.add("collaboration-carets__label");
  if (parsed.success) {
    caret.style.borderColor = parsed.data.color;
    label.style.backgroundColor = parsed.data.color;
    label.textContent = `${parsed.data.name} · ${roleLabels[parsed.data.role]}`;
    caret.dataset.role = parsed.data.role;
  } else {
    label.textContent = "Unknown user";
  }
  caret.append(label);
  return caret;
}

/** The highlight of another user's selection (y-tiptap's: their colour, translucent); none when their colour is not a colour. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const parsed = awarenessUserSchema.safeParse(user);
  return parsed.success ? defaultSelectionBuilder(parsed.data) : {};
}
