import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPassives } from "../text/findPassives.js";

/**
 * LANG-001: passive voice. Agentless passives warn in the summary and analysis and are info
 * elsewhere; passives with a "by" agent are info; court-process passives are allowed (DOMAIN.md §4.1).
 */
export const lang001PassiveVoice: BlockRule = {
  ids: ["LANG-001"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.traits.glossary) return [];
    return findPassives(block)
      .filter((p) => !p.courtProcess)
      .map((p) => {
        const severity = !p.agent && ctx.traits.summaryOrAnalysis ? "warning" : "info";
        const who = p.agent ? `"${p.agent.text}"` : "the person who acted (by identifier)";
        const message = p.agent
          ? `Passive voice: consider the active form with ${who} as the subject.`
          : "Passive voice hides who acted: make the responsible person the subject, or say plainly that the records do not show who acted.";
        const fixes = p.rewrite
          ? [{ label: "Rewrite with the agent first", kind: "replace" as const, ...p.rewrite }]
          : undefined;
        return createFinding("LANG-001", severity, block.text, p.from, p.agent ? p.agent.to : p.to, message, fixes);
      });
  },
};
