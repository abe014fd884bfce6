import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import { splitOwners } from "../plan/splitOwners.js";

/**
 * APL-018: an owner who works in another region, or a prison (a prison offender manager), with
 * no agreement recorded in the row (002 Owner; 003 §3.2, §3.4.3). Needs the register's regions.
 */
export const apl018OtherRegionOrPrison: RowRule = {
  ids: ["APL-018"],
  run(row, ctx) {
    const all = `${row.objective} ${row.action} ${row.measure} ${row.date}`;
    if (findPhrases(all, plan.nationalAgreement).length > 0) return [];
    for (const owner of splitOwners(row.owner)) {
      const entry = ctx.register.entries.find((e) => e.identifier === owner.text);
      const otherRegion = !!(entry?.region && ctx.region && entry.region !== ctx.region);
      const prison = /^POM\d*$/.test(owner.text);
      if (!otherRegion && !prison) continue;
      return [
        fieldFinding(
          "APL-018",
          "warning",
          row,
          "owner",
          `${owner.text} works ${otherRegion ? `in ${entry!.region}` : "in a prison"}: record that the learning was agreed with them.`,
          owner,
        ),
      ];
    }
    return [];
  },
};
