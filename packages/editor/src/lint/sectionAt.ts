import { reviewSectionSpecs } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";

/** A part of the document as the findings panel groups it. */
export interface DocumentSection {
  name: string;
  title: string;
}

const titles: Record<string, string> = {
  ...Object.fromEntries(reviewSectionSpecs.map((spec) => [spec.name, spec.title])),
  caseRecord: "Case record",
  peopleRegister: "People register",
  actionPlan: "Action plan",
  goodPracticeTable: "Action plan: good practice",
  learningTable: "Action plan: learning",
};

function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The section holding `pos`: the outermost node listed as a review section or plan table, else
 * the atom starting at `pos`, else the child of the document's top node (`review`, `actionPlanDocument`, ...).
 */
export function sectionAt(doc: PmNode, pos: number): DocumentSection {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = 1; depth <= $pos.depth; depth++) {
    const name = $pos.node(depth).type.name;
    const title = titles[name];
    if (title && name !== "actionPlan") return { name, title };
  }
  const after = $pos.nodeAfter;
  const afterTitle = after && titles[after.type.name];
  if (after && afterTitle) return { name: after.type.name, title: afterTitle };
  const top = $pos.depth >= 2 ? $pos.node(2) : $pos.depth >= 1 ? $pos.node(1) : doc;
  const name = top.type.name;
  return { name, title: titles[name] ?? humanise(name) };
}
