import type { PmNodeJson } from "../document/pmNode.schema.js";
import { newDocumentTemplate } from "./newDocumentTemplate.js";

/** A new, empty review: every section present, one empty entry per APIR stage, one empty learning row. */
export function newReviewTemplate(): PmNodeJson {
  return newDocumentTemplate("review");
}
