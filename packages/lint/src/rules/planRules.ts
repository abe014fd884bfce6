import type { PlanRule } from "../plan/PlanRule.js";
import { apl019PlanLevel } from "./apl019PlanLevel.js";
import { apl021Traceability } from "./apl021Traceability.js";
import { apl022KnowledgeGap } from "./apl022KnowledgeGap.js";
import { apl026OrganisationalCause } from "./apl026OrganisationalCause.js";
import { resp009SummaryCounts } from "./resp009SummaryCounts.js";
import { upd001ObjectiveMissing } from "./upd001ObjectiveMissing.js";

/** Rules across the rows of a document and the review's facts, run with the document rules. */
export const planRules: readonly PlanRule[] = [
  apl019PlanLevel,
  apl021Traceability,
  apl022KnowledgeGap,
  apl026OrganisationalCause,
  upd001ObjectiveMissing,
  resp009SummaryCounts,
];
