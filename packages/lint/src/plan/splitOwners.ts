/** Owner identifiers of an owner cell ("PP1 / SPO2 & PDU1", "SPO6 & PDU1  All PDU SPOs"), with their offsets. */
export function splitOwners(owner: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const m of owner.matchAll(/[^/,&;\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/\s*\([^)]*\)\s*$/, "");
    if (!text) continue;
    const from = (m.index ?? 0) + lead;
    out.push({ text, from, to: from + text.length });
  }
  return out;
}
