import { outlineIndices } from "../engine/DocumentOutline.js";
import { formatIsoDate } from "../plan/isoDates.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The sign-offs that must be recorded before countersignature, with what each must hold (Appendix 4 G–H). */
const REQUIRED = [
  { kind: "internal-qa", label: "internal QA sign-off", needsComment: true },
  { kind: "factual-accuracy", label: "Head of PDU factual accuracy check", needsComment: false },
] as const;

/**
 * STR-009: a countersignature is dated on the QA checklist, but the internal QA sign-off (name,
 * date, comments) or the Head of PDU's factual accuracy check is missing, incomplete or dated
 * after it (003 §5.1; Appendix 4 G–H). Before countersignature there is nothing to check.
 */
export const str009SignOffs: PlanRule = {
  ids: ["STR-009"],
  run({ outline }) {
    if (outline?.root !== "qaChecklist") return [];
    const signOffs = outlineIndices(outline, "signOff").map((i) => ({ i, attrs: outline.nodes[i]!.attrs }));
    const out: PlanFinding[] = [];
    for (const cs of signOffs) {
      const signed = str(cs.attrs.date);
      if (cs.attrs.kind !== "countersignature" || !signed) continue;
      for (const need of REQUIRED) {
        const found = signOffs.filter((s) => s.attrs.kind === need.kind);
        const complete = found.find(
          (s) => str(s.attrs.signedBy) && str(s.attrs.date) && (!need.needsComment || str(s.attrs.comment)),
        );
        let message: string | undefined;
        if (!complete)
          message = `Countersigned without a complete ${need.label}: record the name, date${need.needsComment ? " and comments" : ""} first.`;
        else if (str(complete.attrs.date) > signed)
          message = `The ${need.label} is dated ${formatIsoDate(str(complete.attrs.date))}, after the countersignature (${formatIsoDate(signed)}): it must come first.`;
        if (message) out.push(nodeFinding("STR-009", "error", cs.i, message, need.label));
      }
    }
    return out;
  },
};
