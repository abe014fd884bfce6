import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";

const ESCALATE_AFTER = 2;

/** TONE-002: "failings" counted across the document; info at first, warning once used more than twice (003 §3.4.4). */
export const tone002Failings: DocumentRule = {
  ids: ["TONE-002"],
  run(doc) {
    let count = 0;
    const out: DocumentFinding[] = [];
    doc.blocks.forEach((block, index) => {
      if (block.scope === "review.analysis.nfd") return;
      for (const hit of block.facts.failings) {
        if (/^failing$/i.test(hit.phrase) && /^\s+to\b/i.test(block.text.slice(hit.to))) continue;
        count++;
        out.push({
          rule: "TONE-002",
          severity: count > ESCALATE_AFTER ? "warning" : "info",
          block: index,
          from: hit.from,
          to: hit.to,
          matchedText: hit.phrase,
          message:
            count > ESCALATE_AFTER
              ? `"${hit.phrase}" used ${count} times: state the deficits plainly.`
              : `"${hit.phrase}": state the deficit plainly unless practice was egregious.`,
        });
      }
    });
    return out;
  },
};
