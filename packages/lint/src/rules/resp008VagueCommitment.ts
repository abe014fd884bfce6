import { allMatches } from "../engine/allMatches.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";
import type { Finding } from "../Finding.js";

const VAGUE =
  /\bwill\s+(?:consider|continue\s+to|explore|look\s+(?:at|into)|review)\b|\bwill\s+be\s+(?:considered|explored|reviewed|looked\s+at)\b/gi;
const DELIVERABLE =
  /\b(?:publish|issue|deliver|introduce|implement|launch|produce|roll\s+out|by\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))\w*/i;

/** RESP-008: an action whose only commitment is "will consider", "will explore", "will be reviewed" … (categorisation table). */
export const resp008VagueCommitment: FieldsRule<ResponseFields> = {
  ids: ["RESP-008"],
  run(rec) {
    const out: Finding[] = [];
    for (const row of [...rec.actions, ...rec.explanations]) {
      for (const m of allMatches(VAGUE, row.text)) {
        const from = m.index ?? 0;
        const start = Math.max(row.text.lastIndexOf(".", from) + 1, row.text.lastIndexOf("\n", from) + 1);
        const endDot = row.text.indexOf(".", from);
        const sentence = row.text.slice(start, endDot < 0 ? undefined : endDot);
        if (DELIVERABLE.test(sentence)) continue;
        out.push(
          textFinding(
            "RESP-008",
            "info",
            row.field,
            row.text,
            `"${m[0]}" is not specific enough to track: name what will be delivered.`,
            { from, to: from + m[0].length },
          ),
        );
      }
    }
    return out;
  },
};
