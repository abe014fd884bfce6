import { documentGuidance, legalBasisStatement, responseIntroductionText } from "../config/documentGuidance.js";
import { qaChecklistItemIds } from "../config/qaChecklist.js";
import {
  actionPlanDocument,
  qaChecklistDocument,
  qaFeedbackDocument,
  redactionLogDocument,
  responsePlanDocument,
} from "../document/documentBuilders.js";
import { type CaseHeaderInput, reviewDocument } from "../document/jsonBuilders.js";
import type { PmNodeJson } from "../document/pmNode.schema.js";
import { UnreachableCaseError } from "../document/UnreachableCaseError.js";
import type { DocumentKind } from "../nodes/Review.js";

/** Versions of the templates, recorded so a document can say what it was created from (DOMAIN.md §0.1 point 9). */
export const templateVersions = {
  version: "sfo-templates-2025.1",
  guidance: documentGuidance.version,
  legalBasis: legalBasisStatement.version,
  responseIntroduction: responseIntroductionText.version,
} as const;

export interface TemplateOptions extends CaseHeaderInput {
  /** Response plans only: the title of the report responded to. */
  reportTitle?: string;
}

/**
 * The full skeleton of a new document of `kind`: every section and table present, empty
 * cells as empty paragraphs, no placeholder text (the editor shows `documentGuidance`). A
 * review starts with one empty entry per APIR stage and one empty learning row; the
 * checklist with one unanswered item per checklist question.
 *
 * @example newDocumentTemplate("review", { caseRecord: { managingRegion: "Wales" } })
 */
export function newDocumentTemplate(kind: DocumentKind, options: TemplateOptions = {}): PmNodeJson {
  const header: CaseHeaderInput = { caseRecord: options.caseRecord ?? {}, people: options.people ?? [] };
  switch (kind) {
    case "review":
      return reviewDocument({ ...header, frontMatter: [...legalBasisStatement.paragraphs], learningRows: [{}] });
    case "action-plan":
      return actionPlanDocument({ ...header, learningRows: [{}] });
    case "qa-feedback":
      return qaFeedbackDocument(header);
    case "qa-checklist":
      return qaChecklistDocument({
        ...header,
        answers: qaChecklistItemIds("appendix-4-2022").map((itemId) => ({ itemId })),
        signOffs: [{ kind: "internal-qa" }, { kind: "countersignature" }],
      });
    case "redaction-log":
      return redactionLogDocument(header);
    case "response-plan":
      return responsePlanDocument({
        header: { reportTitle: options.reportTitle ?? "" },
        introduction: [...responseIntroductionText.paragraphs],
        recommendations: [{ number: 1, text: [] }],
      });
    default:
      throw new UnreachableCaseError(kind);
  }
}
