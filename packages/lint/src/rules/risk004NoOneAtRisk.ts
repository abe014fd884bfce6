import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";

const LEVEL =
  /\b(?:(?:very\s+)?high|medium|low)\s+risk\s+of\s+(?:serious\s+)?harm\b|\bRoSH\b[^.]{0,40}\b(?:very\s+high|high|medium|low)\b/i;
const WHO =
  /\b(?:to|for|towards)\s+(?:the\s+)?(?:public|known\s+adults?|child(?:ren)?|staff|prisoners|partners?|ex-partners?|victims?|(?:his|her|their)\s+\w+|self|others|[A-Z][\w.]*)|\b(?:public|known\s+adults?|child(?:ren)?|staff|prisoners|partner|victim)\b/;

/** RISK-004: a paragraph of the risk section states a level but names no group or person at risk (003 §3.3.1). */
export const risk004NoOneAtRisk: BlockRule = {
  ids: ["RISK-004"],
  run(block, ctx) {
    if (ctx.scope !== "review.risk") return [];
    const m = LEVEL.exec(block.text);
    if (!m || WHO.test(block.text)) return [];
    return [
      createFinding(
        "RISK-004",
        "info",
        block.text,
        m.index,
        m.index + m[0].length,
        "Say who is at risk: the public, known adults, children, staff or a named identifier.",
      ),
    ];
  },
};
