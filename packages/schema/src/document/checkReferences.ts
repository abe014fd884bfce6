import { analysisStages } from "../config/analysisStages.js";
import { staffRoles, type PersonRole } from "../config/personRoles.js";
import { qaChecklistItemIds, qaChecklists, type QaChecklistVersion } from "../config/qaChecklist.js";
import { qaStandardIds } from "../config/qaStandards.js";
import type { DocumentIssue } from "./DocumentIssue.js";
import type { PmNodeJson } from "./pmNode.schema.js";
import { type VisitedNode, visitJson } from "./visitJson.js";

const ownerCells = new Set(["learningOwners", "goodPracticeOwners"]);
const planRows = new Set(["learningRow", "goodPracticeRow"]);
/** Attributes that name someone by register identifier, per node type. */
const personAttributes: Readonly<Record<string, readonly string[]>> = {
  caseRecord: ["reviewingManager", "countersigningManager"],
  interviewee: ["identifier"],
  signOff: ["signedBy"],
  redactionEntry: ["discussedWith", "signedOffBy"],
};
const uniqueIdTypes: Readonly<Record<string, string>> = {
  analysisEntry: "analysis entry",
  learningRow: "plan row",
  goodPracticeRow: "plan row",
  updateRow: "update row",
  redactionEntry: "redaction entry",
};

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Checks that need the whole document: identifiers against the people register, links from
 * plan rows to findings and from update rows to plan rows, ids used once, the order of the
 * APIR stages and QA standards, checklist item ids, and response categories with their reasons.
 */
export function checkReferences(root: PmNodeJson): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const byType = new Map<string, VisitedNode[]>();
  visitJson(root, (visited) => {
    const list = byType.get(visited.node.type) ?? [];
    list.push(visited);
    byType.set(visited.node.type, list);
  });
  const nodes = (type: string) => byType.get(type) ?? [];
  const report = (rule: string, { path, location }: VisitedNode, at: (string | number)[], message: string) =>
    issues.push({ rule, severity: "error", path: [...path, ...at], message, location });

  const register = new Map<string, PersonRole>();
  for (const visited of nodes("person")) {
    const identifier = str(visited.node.attrs?.identifier);
    if (!identifier) continue;
    if (register.has(identifier)) {
      report("DOC-DUPLICATE-ID", visited, ["attrs", "identifier"], `"${identifier}" is in the register twice`);
    }
    register.set(identifier, visited.node.attrs?.role as PersonRole);
  }
  const hasRegister = nodes("peopleRegister").length > 0;

  if (hasRegister) {
    for (const type of ownerCells) {
      for (const visited of nodes(type)) {
        const owners = visited.node.attrs?.owners;
        if (!Array.isArray(owners)) continue;
        owners.forEach((owner, index) => {
          if (typeof owner !== "string") return;
          const role = register.get(owner);
          if (role === undefined) {
            report("DOC-OWNER", visited, ["attrs", "owners", index], `owner "${owner}" is not in the people register`);
          } else if (!staffRoles.includes(role)) {
            report(
              "DOC-OWNER",
              visited,
              ["attrs", "owners", index],
              `owner "${owner}" is not a member of staff (${role})`,
            );
          }
        });
      }
    }
    for (const [type, attributes] of Object.entries(personAttributes)) {
      for (const visited of nodes(type)) {
        for (const attribute of attributes) {
          const identifier = str(visited.node.attrs?.[attribute]);
          if (identifier && !register.has(identifier)) {
            report("DOC-PERSON", visited, ["attrs", attribute], `"${identifier}" is not in the people register`);
          }
        }
      }
    }
  }

  const seenIds = new Map<string, string>();
  for (const [type, what] of Object.entries(uniqueIdTypes)) {
    for (const visited of nodes(type)) {
      const id = str(visited.node.attrs?.id);
      if (!id) continue;
      const key = `${what}:${id}`;
      if (seenIds.has(key)) report("DOC-DUPLICATE-ID", visited, ["attrs", "id"], `${what} id "${id}" is used twice`);
      seenIds.set(key, type);
    }
  }

  const entryIds = new Set(nodes("analysisEntry").map((v) => str(v.node.attrs?.id)));
  if (nodes("analysis").length > 0) {
    for (const type of planRows) {
      for (const visited of nodes(type)) {
        const findingId = str(visited.node.attrs?.findingId);
        if (findingId && !entryIds.has(findingId)) {
          report("DOC-FINDING", visited, ["attrs", "findingId"], `no analysis entry has id "${findingId}"`);
        }
      }
    }
  }
  const planRowIds = new Set([...planRows].flatMap((type) => nodes(type).map((v) => str(v.node.attrs?.id))));
  for (const visited of nodes("updateRow")) {
    const planRowId = str(visited.node.attrs?.planRowId);
    if (planRowId && !planRowIds.has(planRowId)) {
      report("DOC-PLAN-ROW", visited, ["attrs", "planRowId"], `no plan row has id "${planRowId}"`);
    }
  }

  const checkOrder = (type: string, attribute: string, order: readonly string[]) =>
    nodes(type).forEach((visited, index) => {
      const value = visited.node.attrs?.[attribute];
      if (value !== undefined && value !== order[index % order.length]) {
        report(
          "DOC-ORDER",
          visited,
          ["attrs", attribute],
          `${type} ${index + 1} must be "${order[index % order.length]}"`,
        );
      }
    });
  checkOrder("analysisStage", "stage", analysisStages);
  checkOrder("qaStandard", "standard", qaStandardIds);

  for (const answers of nodes("checklistAnswers")) {
    const version = answers.node.attrs?.version as QaChecklistVersion;
    if (!(version in qaChecklists)) continue;
    const known = new Set(qaChecklistItemIds(version));
    const seen = new Set<string>();
    for (const visited of nodes("checklistItem").filter((v) => v.path.length > answers.path.length)) {
      const itemId = String(visited.node.attrs?.itemId ?? "");
      if (!known.has(itemId)) {
        report("DOC-CHECKLIST", visited, ["attrs", "itemId"], `"${itemId}" is not an item of checklist ${version}`);
      } else if (seen.has(itemId)) {
        report("DOC-CHECKLIST", visited, ["attrs", "itemId"], `item "${itemId}" is answered twice`);
      }
      seen.add(itemId);
    }
  }

  const numbers = new Set<number>();
  for (const visited of nodes("responseRecommendation")) {
    const { category, inPrinciple, reasonCategories, number } = visited.node.attrs ?? {};
    if (
      (category === "Partly Agreed" || category === "Not Agreed") &&
      Array.isArray(reasonCategories) &&
      !reasonCategories.length
    ) {
      report(
        "DOC-RESPONSE-REASON",
        visited,
        ["attrs", "reasonCategories"],
        `${category} needs a reason category: commissioning, policy, operational or affordability`,
      );
    }
    if (inPrinciple === true && category !== "Agreed") {
      report(
        "DOC-RESPONSE-CATEGORY",
        visited,
        ["attrs", "inPrinciple"],
        `"in principle" only qualifies Agreed, not ${String(category)}`,
      );
    }
    if (typeof number === "number") {
      if (numbers.has(number))
        report("DOC-DUPLICATE-ID", visited, ["attrs", "number"], `recommendation ${number} appears twice`);
      numbers.add(number);
    }
  }
  return issues;
}
