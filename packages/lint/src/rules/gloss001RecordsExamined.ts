import lexicon from "../data/glossaryLexicon.json" with { type: "json" };
import type { OutlineNode } from "../engine/DocumentOutline.js";
import { findPhrases } from "../engine/findPhrases.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { isReview } from "../plan/outlineText.js";
import type { PlanRule } from "../plan/PlanRule.js";

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const NONE = new RegExp(`^(?:${lexicon.noneWords.join("|")})[.!]?$`, "i");
// "Information that could not be obtained: none" in one field.
const LABELLED_NONE = new RegExp(
  `(?:${lexicon.unobtainedWords.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\W*(?:${lexicon.noneWords.join("|")})\\b`,
  "i",
);

/**
 * The record says something about information that could not be obtained: it is marked not
 * obtained, its note says so, or it states that there was none ("None", "All relevant records
 * were obtained").
 */
function statesUnobtained(record: OutlineNode): boolean {
  if (record.attrs.obtained === false) return true;
  for (const text of [str(record.attrs.recordType), str(record.attrs.note)]) {
    if (!text) continue;
    if (NONE.test(text) || LABELLED_NONE.test(text)) return true;
    if (findPhrases(text, lexicon.unobtainedWords).length > 0) return true;
    if (findPhrases(text, lexicon.noneStatements).length > 0) return true;
  }
  return false;
}

/**
 * GLOSS-001: a review's glossary part has no list of records examined, or the list says nothing
 * about information the RM could not obtain; an explicit "none" is enough (003 §4).
 *
 * The schema keeps this part of the glossary as its own section after `glossary`: `recordsExamined`
 * holds `recordExamined` atoms (record type, period, obtained yes/no/unstated, note), as the sample
 * case and `reviewDocument` build it. So the list is the atoms with a record type; the statement on
 * unobtainable information is a record marked not obtained, or a type or note saying what could not
 * be obtained or that nothing was missing ("None"; "All relevant records were obtained"). Records
 * all marked obtained are not such a statement: they do not say that nothing else was sought.
 * An error, because the glossary must be submitted with every review; it runs only on review
 * documents that have a glossary section.
 */
export const gloss001RecordsExamined: PlanRule = {
  ids: ["GLOSS-001"],
  run({ outline }) {
    if (!isReview(outline)) return [];
    const glossary = outline.nodes.findIndex((n) => n.type === "glossary");
    if (glossary < 0) return [];
    const section = outline.nodes.findIndex((n) => n.type === "recordsExamined");
    const records = outline.nodes.filter((n) => n.type === "recordExamined");
    const anchor = section >= 0 ? section : glossary;
    if (!records.some((r) => str(r.attrs.recordType)))
      return [
        nodeFinding(
          "GLOSS-001",
          "error",
          anchor,
          "List the records you examined (e.g. the case file, nDelius records, OASys assessments) and say where you could not obtain relevant information.",
          "records examined",
        ),
      ];
    if (records.some(statesUnobtained)) return [];
    return [
      nodeFinding(
        "GLOSS-001",
        "error",
        anchor,
        'Say which relevant information you could not obtain (mark the record "not obtained"), or state that there was none.',
        "information not obtained",
      ),
    ];
  },
};
