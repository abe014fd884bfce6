import { UnreachableCaseError } from "@sfo-review/schema";
import type { CompiledContext } from "../engine/RuleContext.js";
import { internalFinding } from "../engine/internalFinding.js";
import type { RowVisit } from "../engine/RowVisit.js";
import type { Finding } from "../Finding.js";
import { entryRules } from "../rules/entryRules.js";
import { goodPracticeRules } from "../rules/goodPracticeRules.js";
import { redactionRules } from "../rules/redactionRules.js";
import { responseRules } from "../rules/responseRules.js";
import { rowRules } from "../rules/rowRules.js";
import { updateRules } from "../rules/updateRules.js";
import type { EntryFields } from "./EntryFields.js";
import type { FieldsRule } from "./FieldsRule.js";
import type { GoodPracticeRowFields } from "./GoodPracticeRowFields.js";
import type { LearningRowFields } from "./LearningRowFields.js";
import type { RedactionEntryFields } from "./RedactionEntryFields.js";
import type { ResponseFields } from "./ResponseFields.js";
import type { UpdateRowFields } from "./UpdateRowFields.js";

const str = (value: unknown) => (typeof value === "string" ? value : "");
const attrs = (row: RowVisit, field: string) => row.atoms[field]?.attrs ?? {};

function planDates(row: RowVisit) {
  const { actionDate, measureDate, qualifier } = attrs(row, "date");
  const action = str(actionDate) || null;
  const measure = str(measureDate) || null;
  const date = [action && `action by ${action}`, measure && `measure by ${measure}`, str(qualifier)]
    .filter(Boolean)
    .join("; ");
  return { date, actionDate: action, measureDate: measure };
}

const owners = (row: RowVisit) => ((attrs(row, "owner").owners as string[] | null) ?? []).join(" / ");

export function learningFields(row: RowVisit): LearningRowFields {
  return {
    objective: row.texts.objective ?? "",
    whoFor: str(attrs(row, "whoFor").level),
    action: row.texts.action ?? "",
    measure: row.texts.measure ?? "",
    owner: owners(row),
    ...planDates(row),
  };
}

export function goodPracticeFields(row: RowVisit): GoodPracticeRowFields {
  return {
    objective: row.texts.objective ?? "",
    sharedWith: str(attrs(row, "sharedWith").level),
    action: row.texts.action ?? "",
    monitoring: row.texts.monitoring ?? "",
    owner: owners(row),
    ...planDates(row),
  };
}

export function updateFields(row: RowVisit): UpdateRowFields {
  const status = attrs(row, "status");
  return {
    planRowId: str(row.attrs.planRowId),
    progress: row.texts.progress ?? "",
    measurement: row.texts.measurement ?? "",
    impact: row.texts.impact ?? "",
    nextSteps: row.texts.nextSteps ?? "",
    status: str(status.status),
    revisedDate: str(status.revisedDate) || null,
  };
}

export function responseFields(row: RowVisit): ResponseFields {
  const fields: ResponseFields = {
    number: typeof row.attrs.number === "number" ? row.attrs.number : null,
    category: str(row.attrs.category),
    inPrinciple: row.attrs.inPrinciple === true,
    repeat: row.attrs.repeat === true,
    reasonCategories: ((row.attrs.reasonCategories as string[] | null) ?? []).slice(),
    recommendation: row.texts.recommendation ?? "",
    actions: [],
    explanations: [],
  };
  for (const field of Object.keys(row.texts)) {
    if (field.startsWith("action.")) {
      const a = attrs(row, field);
      fields.actions.push({
        field,
        text: row.texts[field] ?? "",
        owners: ((a.owners as string[] | null) ?? []).slice(),
        targetDate: str(a.targetDate) || null,
        targetText: str(a.targetText),
      });
    } else if (field.startsWith("explanation.")) fields.explanations.push({ field, text: row.texts[field] ?? "" });
  }
  return fields;
}

export function entryFields(row: RowVisit, linked: boolean): EntryFields {
  return {
    events: row.texts.events ?? "",
    judgement: row.texts.judgement ?? "",
    learning: row.texts.learning ?? "",
    nfd: row.texts.nfd ?? "",
    linked,
  };
}

export function redactionFields(row: RowVisit): RedactionEntryFields {
  const a = row.attrs;
  return {
    id: str(a.id),
    location: str(a.location),
    entryId: str(a.entryId) || null,
    decision: str(a.decision) || null,
    signedOffBy: str(a.signedOffBy),
    signedOffDate: str(a.signedOffDate) || null,
    gist: row.texts.gist ?? "",
    argumentsFor: row.texts.argumentsFor ?? "",
    argumentsAgainst: row.texts.argumentsAgainst ?? "",
  };
}

function run<F>(
  rules: readonly FieldsRule<F>[],
  fields: F,
  compiled: CompiledContext,
  scope: string,
  onError?: (rule: string, error: unknown) => void,
): Finding[] {
  const ctx = compiled.forScope(scope);
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.run(fields, ctx));
    } catch (error) {
      onError?.(rule.ids[0]!, error);
      out.push(internalFinding(rule.ids[0]!, error));
    }
  }
  return out;
}

/** Ids of analysis entries that a learning or good practice row names as its finding. */
export function rowLinks(rows: readonly RowVisit[]): Set<string> {
  const links = new Set<string>();
  for (const row of rows)
    if ((row.kind === "learning" || row.kind === "goodPractice") && typeof row.attrs.findingId === "string")
      links.add(row.attrs.findingId);
  return links;
}

/** Runs the rules of a row's kind; findings name their field and hold offsets into its text. */
export function lintRow(
  row: RowVisit,
  compiled: CompiledContext,
  info: { linked: boolean },
  onError?: (rule: string, error: unknown) => void,
): Finding[] {
  switch (row.kind) {
    case "learning":
      return run(rowRules, learningFields(row), compiled, "ap.lp.row", onError);
    case "goodPractice":
      return run(goodPracticeRules, goodPracticeFields(row), compiled, "ap.gp.row", onError);
    case "update":
      return run(updateRules, updateFields(row), compiled, "update", onError);
    case "response":
      return run(responseRules, responseFields(row), compiled, "resp.response", onError);
    case "entry":
      return run(entryRules, entryFields(row, info.linked), compiled, "review.analysis.judgement", onError);
    case "redaction":
      return run(redactionRules, redactionFields(row), compiled, "redaction", onError);
    default:
      throw new UnreachableCaseError(row.kind);
  }
}
