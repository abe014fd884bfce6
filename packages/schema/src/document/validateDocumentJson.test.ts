import { describe, expect, it } from "vitest";
import { sampleCase } from "../sample/sampleCase.js";
import { reviewDocument } from "./jsonBuilders.js";
import type { PmNodeJson } from "./pmNode.schema.js";
import { type DocumentIssue, validateDocumentJson } from "./validateDocumentJson.js";
import { type VisitedNode, visitJson } from "./visitJson.js";

function find(root: PmNodeJson, type: string, nth = 0): VisitedNode {
  const found: VisitedNode[] = [];
  visitJson(root, (visited) => {
    if (visited.node.type === type) found.push(visited);
  });
  const hit = found[nth];
  if (!hit) throw new Error(`no ${type} #${nth}`);
  return hit;
}

function issuesOf(json: unknown): DocumentIssue[] {
  const result = validateDocumentJson(json);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.issues;
}

const review = () => sampleCase().review;
const responsePlan = () => sampleCase().responsePlan;

describe("validateDocumentJson refuses", () => {
  it("a learning row without its six cells, at the row, naming the missing cell", () => {
    const json = review();
    const row = find(json, "learningRow");
    row.node.content = row.node.content?.slice(0, 5);
    expect(issuesOf(json)).toEqual([
      {
        rule: "DOC-CONTENT",
        severity: "error",
        path: row.path,
        message: "learningRow is missing learningDates after 5 child node(s)",
        location: "actionPlan > learningTable > row 1",
      },
    ]);
    expect(row.path).toEqual(["content", 0, "content", 12, "content", 1, "content", 0]);
  });

  it("cells in the wrong order", () => {
    const json = review();
    const row = find(json, "learningRow", 1);
    const cells = row.node.content ?? [];
    row.node.content = [cells[1], cells[0], ...cells.slice(2)] as PmNodeJson[];
    const [issue] = issuesOf(json);
    expect(issue).toMatchObject({
      rule: "DOC-CONTENT",
      path: [...row.path, "content", 0],
      location: "actionPlan > learningTable > row 2 > learningWhoFor",
    });
    expect(issue?.message).toContain("expected learningObjective");
  });

  it("a learning table outside an action plan", () => {
    const json = review();
    const table = find(json, "learningTable").node;
    const summary = find(json, "summary");
    summary.node.content?.push(structuredClone(table));
    const issues = issuesOf(json);
    expect(issues[0]).toMatchObject({
      rule: "DOC-CONTENT",
      path: [...summary.path, "content", 6],
      location: "summary > learningTable",
    });
  });

  it("an unknown node type", () => {
    const json = review();
    const summary = find(json, "summary");
    summary.node.content?.splice(1, 0, { type: "heading", content: [{ type: "text", text: "Summary" }] });
    expect(issuesOf(json)).toEqual([
      {
        rule: "DOC-UNKNOWN-NODE",
        severity: "error",
        path: [...summary.path, "content", 1],
        message: 'unknown node type "heading"',
        location: "summary > heading",
      },
    ]);
  });

  it("a person with a role that is not in the roles list", () => {
    const json = review();
    const person = find(json, "person", 3);
    (person.node.attrs as Record<string, unknown>).role = "Probation Officer";
    const [issue] = issuesOf(json);
    expect(issue).toMatchObject({
      rule: "DOC-ROLE",
      path: [...person.path, "attrs", "role"],
      location: "peopleRegister > person 4",
    });
  });

  it("a who-for level that is not one of Individual/Team/PDU/Region/National", () => {
    const json = review();
    const whoFor = find(json, "learningWhoFor");
    whoFor.node.attrs = { level: "PP1" };
    expect(issuesOf(json)).toEqual([
      expect.objectContaining({
        rule: "DOC-ATTRS",
        path: [...whoFor.path, "attrs", "level"],
        location: "actionPlan > learningTable > row 1 > learningWhoFor",
      }),
    ]);
    expect(whoFor.path).toEqual(["content", 0, "content", 12, "content", 1, "content", 0, "content", 1]);
  });

  it("good practice shared only with an individual", () => {
    const json = review();
    const sharedWith = find(json, "goodPracticeSharedWith");
    sharedWith.node.attrs = { level: "Individual" };
    expect(issuesOf(json)[0]).toMatchObject({ rule: "DOC-ATTRS", path: [...sharedWith.path, "attrs", "level"] });
  });

  it.each(["2025-02-30", "31/10/2025", "ASAP"])("a bad date (%s)", (date) => {
    const json = review();
    const dates = find(json, "learningDates", 2);
    (dates.node.attrs as Record<string, unknown>).measureDate = date;
    expect(issuesOf(json)).toEqual([
      expect.objectContaining({
        rule: "DOC-DATE",
        path: [...dates.path, "attrs", "measureDate"],
        location: "actionPlan > learningTable > row 3 > learningDates",
      }),
    ]);
  });

  it("a review period that ends before it starts", () => {
    const json = review();
    const record = find(json, "caseRecord");
    (record.node.attrs as Record<string, unknown>).reviewPeriodEnd = "2024-01-01";
    expect(issuesOf(json)[0]).toMatchObject({ rule: "DOC-DATE", path: [...record.path, "attrs", "reviewPeriodEnd"] });
  });

  it("an owner who is not in the register, or is not staff", () => {
    const json = review();
    const owners = find(json, "learningOwners");
    owners.node.attrs = { owners: ["PP1", "Sarah Jenkins", "Ms B"] };
    expect(issuesOf(json)).toEqual([
      expect.objectContaining({ rule: "DOC-OWNER", path: [...owners.path, "attrs", "owners", 1] }),
      expect.objectContaining({
        rule: "DOC-OWNER",
        path: [...owners.path, "attrs", "owners", 2],
        message: 'owner "Ms B" is not a member of staff (victim)',
      }),
    ]);
  });

  it("a Partly Agreed recommendation with no reason category", () => {
    const json = responsePlan();
    const rec = find(json, "responseRecommendation", 1);
    (rec.node.attrs as Record<string, unknown>).reasonCategories = [];
    expect(issuesOf(json)).toEqual([
      {
        rule: "DOC-RESPONSE-REASON",
        severity: "error",
        path: [...rec.path, "attrs", "reasonCategories"],
        message: "Partly Agreed needs a reason category: commissioning, policy, operational or affordability",
        location: "recommendation 2",
      },
    ]);
  });

  it("'in principle' on anything but Agreed, and an unknown reason category", () => {
    const json = responsePlan();
    const rec = find(json, "responseRecommendation", 3);
    rec.node.attrs = { ...rec.node.attrs, inPrinciple: true, reasonCategories: ["capacity"] };
    expect(
      issuesOf(json)
        .map((issue) => issue.rule)
        .sort(),
    ).toEqual(["DOC-ATTRS", "DOC-RESPONSE-CATEGORY"]);
  });

  it("links to findings and plan rows that do not exist", () => {
    const json = review();
    const row = find(json, "learningRow");
    (row.node.attrs as Record<string, unknown>).findingId = "E99";
    expect(issuesOf(json)[0]).toMatchObject({ rule: "DOC-FINDING", path: [...row.path, "attrs", "findingId"] });
    const plan = sampleCase().actionPlanUpdate;
    const update = find(plan, "updateRow", 2);
    (update.node.attrs as Record<string, unknown>).planRowId = "LP9";
    expect(issuesOf(plan)[0]).toMatchObject({ rule: "DOC-PLAN-ROW", location: "actionPlanUpdate > row 3" });
  });

  it("checklist answers to items the checklist version does not have, or answered twice", () => {
    const json = sampleCase().qaChecklist;
    const item = find(json, "checklistItem");
    (item.node.attrs as Record<string, unknown>).itemId = "Z9";
    const second = find(json, "checklistItem", 1);
    (second.node.attrs as Record<string, unknown>).itemId = "A3";
    const issues = issuesOf(json);
    expect(issues.map((issue) => [issue.rule, issue.message])).toEqual([
      ["DOC-CHECKLIST", '"Z9" is not an item of checklist appendix-4-2022'],
      ["DOC-CHECKLIST", 'item "A3" is answered twice'],
    ]);
  });

  it("QA standards out of order, and an unknown attribute", () => {
    const json = sampleCase().qaFeedback;
    const standard = find(json, "qaStandard", 1);
    (standard.node.attrs as Record<string, unknown>).standard = "victims";
    const details = find(json, "qaDetails");
    (details.node.attrs as Record<string, unknown>).score = 7;
    expect(
      issuesOf(json)
        .map((issue) => issue.rule)
        .sort(),
    ).toEqual(["DOC-ATTRS", "DOC-ORDER"]);
  });

  it("a schema version 1 review, which has no case record or register", () => {
    const json = reviewDocument();
    const root = json.content?.[0];
    if (root?.content) root.content = root.content.slice(2);
    expect(issuesOf(json)[0]).toMatchObject({
      rule: "DOC-CONTENT",
      path: ["content", 0, "content", 0],
      message: "frontMatter is not allowed here in review; expected caseRecord",
    });
  });

  it("a root that is not doc", () => {
    expect(issuesOf(review().content?.[0])[0]).toMatchObject({ rule: "DOC-CONTENT", path: ["type"] });
  });

  it("JSON that is not ProseMirror JSON", () => {
    expect(issuesOf({ type: 3 })[0]).toMatchObject({ rule: "DOC-SHAPE", path: ["type"] });
  });
});

describe("validateDocumentJson accepts", () => {
  it("a draft with empty cells, null dates and no owners", () => {
    expect(validateDocumentJson(reviewDocument({ learningRows: [{}], goodPracticeRows: [{}] })).ok).toBe(true);
  });

  it("owners not in the register when reference checks are off", () => {
    const json = review();
    find(json, "learningOwners").node.attrs = { owners: ["SPO9"] };
    expect(validateDocumentJson(json, { checkReferences: false }).ok).toBe(true);
  });
});
