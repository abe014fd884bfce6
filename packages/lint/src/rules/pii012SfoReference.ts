import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { allMatches } from "../engine/allMatches.js";

const PATTERN = /\bSFO\d{4,6}([a-z]+)[A-Z]\w*|\bSFO\/([a-z]+)\/[A-Z]\/\w*/g;
// A template's reference before the case has one: "SFO/xxxx/X/Notification", "SFO/surname/I/Review".
const PLACEHOLDER = /^(?:x+|surname|name)$/;

/** PII-012: an SFO reference that contains the surname (003 §2.3); info internally, error when shareable. */
export const pii012SfoReference: BlockRule = {
  ids: ["PII-012"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    return allMatches(PATTERN, block.text)
      .filter((m) => !PLACEHOLDER.test(m[1] ?? m[2] ?? ""))
      .map((m) =>
        createFinding(
          "PII-012",
          ctx.shareable ? "error" : "info",
          block.text,
          m.index ?? 0,
          (m.index ?? 0) + m[0].length,
          "SFO reference contains the surname: use the internal case ID.",
        ),
      );
  },
};
