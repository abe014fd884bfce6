import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding } from "../Finding.js";

const MAX_SENTENCE_WORDS = 35;
const MAX_PARAGRAPH_WORDS = 150;

/** LANG-002: sentences over about 35 words or paragraphs over about 150 words in the summary or events column. */
export const lang002SentenceLength: BlockRule = {
  ids: ["LANG-002"],
  run(block, ctx) {
    if (ctx.scope !== "review.summary" && ctx.scope !== "review.analysis.events") return [];
    const out: Finding[] = [];
    for (const s of block.sentences) {
      const count = s.endWord - s.firstWord;
      if (count > MAX_SENTENCE_WORDS)
        out.push(
          createFinding(
            "LANG-002",
            "info",
            block.text,
            s.from,
            s.to,
            `Sentence of ${count} words: split it and lead with the judgement.`,
          ),
        );
    }
    if (block.words.length > MAX_PARAGRAPH_WORDS && out.length === 0)
      out.push(
        createFinding(
          "LANG-002",
          "info",
          block.text,
          0,
          block.text.length,
          `Paragraph of ${block.words.length} words: consider splitting it.`,
        ),
      );
    return out;
  },
};
