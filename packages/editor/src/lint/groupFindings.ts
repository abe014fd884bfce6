import { type Finding, ruleInfo } from "@sfo-review/lint";
import type { DocumentSection } from "./sectionAt.js";

/** Findings of one rule within one section. */
export interface RuleGroup {
  rule: string;
  title: string;
  findings: Finding[];
}

/** One section of the findings panel. */
export interface SectionGroup {
  section: DocumentSection;
  count: number;
  rules: RuleGroup[];
}

/**
 * Findings grouped by section (in document order) and by rule within a section (most severe
 * first, then by rule id). `sectionOf` is usually `(f) => sectionAt(doc, f.from)`.
 */
export function groupFindings(
  findings: readonly Finding[],
  sectionOf: (finding: Finding) => DocumentSection,
): SectionGroup[] {
  const sections = new Map<string, SectionGroup>();
  for (const finding of findings) {
    const section = sectionOf(finding);
    let group = sections.get(section.name);
    if (!group) {
      group = { section, count: 0, rules: [] };
      sections.set(section.name, group);
    }
    group.count++;
    let rule = group.rules.find((r) => r.rule === finding.rule);
    if (!rule) {
      rule = { rule: finding.rule, title: ruleInfo(finding.rule)?.title ?? finding.rule, findings: [] };
      group.rules.push(rule);
    }
    rule.findings.push(finding);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const worst = (group: RuleGroup) => Math.min(...group.findings.map((f) => rank[f.severity]));
  for (const group of sections.values()) {
    group.rules.sort((a, b) => worst(a) - worst(b) || a.rule.localeCompare(b.rule));
  }
  return [...sections.values()];
}
