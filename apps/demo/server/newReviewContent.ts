import { newDocumentTemplate, type PmNodeJson, sampleCase } from "@sfo-review/schema";

/**
 * A new review from the template, for the sample case: its case record and people register
 * are copied so that owners can be picked from the register straight away.
 */
export function newReviewContent(): PmNodeJson {
  const header = sampleCase().review.content?.[0]?.content ?? [];
  const caseRecord = header.find((node) => node.type === "caseRecord")?.attrs ?? {};
  const people = (header.find((node) => node.type === "peopleRegister")?.content ?? []).map((node) => node.attrs ?? {});
  return newDocumentTemplate("review", { caseRecord, people });
}
