import type { PlanRule } from "../plan/PlanRule.js";
import { apl019PlanLevel } from "./apl019PlanLevel.js";
import { apl021Traceability } from "./apl021Traceability.js";
import { apl022KnowledgeGap } from "./apl022KnowledgeGap.js";
import { apl026OrganisationalCause } from "./apl026OrganisationalCause.js";
import { gloss001RecordsExamined } from "./gloss001RecordsExamined.js";
import { gloss002LocalGuidance } from "./gloss002LocalGuidance.js";
import { judg006IndividualLevelOnly } from "./judg006IndividualLevelOnly.js";
import { judg008NoBalance } from "./judg008NoBalance.js";
import { resp009SummaryCounts } from "./resp009SummaryCounts.js";
import { resp010HeaderFields } from "./resp010HeaderFields.js";
import { str001ReviewPeriod } from "./str001ReviewPeriod.js";
import { str002Interviewees } from "./str002Interviewees.js";
import { str004ApirCoverage } from "./str004ApirCoverage.js";
import { str006Glossary } from "./str006Glossary.js";
import { str007LegalBasis } from "./str007LegalBasis.js";
import { str009SignOffs } from "./str009SignOffs.js";
import { str010PlanTables } from "./str010PlanTables.js";
import { upd001ObjectiveMissing } from "./upd001ObjectiveMissing.js";
import { upd005Timeliness } from "./upd005Timeliness.js";

/** Rules across the rows of a document and the review's facts, run with the document rules. */
export const planRules: readonly PlanRule[] = [
  apl019PlanLevel,
  apl021Traceability,
  apl022KnowledgeGap,
  apl026OrganisationalCause,
  judg006IndividualLevelOnly,
  judg008NoBalance,
  gloss001RecordsExamined,
  gloss002LocalGuidance,
  upd001ObjectiveMissing,
  resp009SummaryCounts,
  resp010HeaderFields,
  upd005Timeliness,
  // Structural completeness of a review (and of the QA checklist sign-offs), from the document outline.
  str001ReviewPeriod,
  str002Interviewees,
  str004ApirCoverage,
  str006Glossary,
  str007LegalBasis,
  str009SignOffs,
  str010PlanTables,
];
