import { PluginKey } from "@tiptap/pm/state";
import type { LintState } from "./LintState.js";

/** Key of the lint plugin; `lintPluginKey.getState(editor.state)` is undefined when linting is off. */
export const lintPluginKey = new PluginKey<LintState>("sfoLint");
