import { existsSync, readFileSync } from "node:fs";
import { findPassives, lintText, mayNameSomeone, type RegisterEntry, TextBlock } from "@sfo-review/lint";
import nlp from "compromise";
import { retext } from "retext";
import retextEnglish from "retext-english";
import retextPassive from "retext-passive";
import writeGood from "write-good";
import { writtenAsRegistered } from "./registerSpelling.js";

interface Label {
  family: string;
  from: number;
  to: number;
}
interface PassiveLine {
  id: string;
  text: string;
  passive: boolean;
  court: boolean;
}
interface SpanLine {
  id: string;
  text: string;
  labels: Label[];
  register?: RegisterEntry[];
  known?: string[];
}

const out = (line: string) => process.stdout.write(`${line}\n`);
// The heldout2 files (written separately, see corpora/HELDOUT2.md) call the labels `spans`.
const read = <T>(name: string): T[] =>
  readFileSync(new URL(`./corpora/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const line = JSON.parse(l) as { labels?: unknown; spans?: unknown };
      return { ...line, labels: line.labels ?? line.spans ?? [] } as T;
    });

class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  add(predicted: boolean, actual: boolean) {
    if (predicted && actual) this.tp++;
    else if (predicted) this.fp++;
    else if (actual) this.fn++;
  }
  get precision() {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
  }
  get recall() {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
  }
  get f1() {
    const p = this.precision;
    const r = this.recall;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  toString() {
    return `P=${this.precision.toFixed(3)} R=${this.recall.toFixed(3)} F1=${this.f1.toFixed(3)} (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
  /** Adds another score's counts to this one. */
  addAll(other: Score) {
    this.tp += other.tp;
    this.fp += other.fp;
    this.fn += other.fn;
  }
  /** The score called `name` in `scores`, made empty if there is none yet. */
  static in(scores: Map<string, Score>, name: string): Score {
    let s = scores.get(name);
    if (!s) {
      s = new Score();
      scores.set(name, s);
    }
    return s;
  }
}

/** Every split's counts added up, for the summary printed last. */
const pooled = new Map<string, Score>();
const pooledScore = (name: string) => Score.in(pooled, name);
/** Per split: ours' passive F1 and the best peer's, ACR-001's F1, false alarms and clean paragraphs. */
const perSplit: { split: string; passive?: [number, number]; acronyms?: number; pii: Map<string, Score> }[] = [];
let pooledClean = 0;
let pooledFalseAlarms = 0;
let pooledParagraphs = 0;
// Paragraphs the name finder skips (mayNameSomeone), and the unregistered names the corpora label in them.
let pooledSkipped = 0;
let pooledNamesSkipped = 0;
const splitsOverOneIn20: string[] = [];

const WRITE_GOOD_PASSIVE_ONLY = {
  passive: true,
  illusion: false,
  so: false,
  thereIs: false,
  weasel: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  eprime: false,
};
const retextProcessor = retext().use(retextEnglish).use(retextPassive);

async function passive(split: string) {
  const lines = read<PassiveLine>(`passive.${split}.jsonl`);
  const scores = {
    ours: new Score(),
    "ours LANG-001 (court allowlist)": new Score(),
    "retext-passive": new Score(),
    "write-good": new Score(),
    compromise: new Score(),
  };
  for (const line of lines) {
    scores.ours.add(findPassives(new TextBlock(line.text)).length > 0, line.passive);
    scores["ours LANG-001 (court allowlist)"].add(
      lintText(line.text, { scope: "review.summary" }).some((f) => f.rule === "LANG-001"),
      line.passive && !line.court,
    );
    scores["retext-passive"].add((await retextProcessor.process(line.text)).messages.length > 0, line.passive);
    scores["write-good"].add(writeGood(line.text, WRITE_GOOD_PASSIVE_ONLY).length > 0, line.passive);
    scores.compromise.add(nlp(line.text).has("#Passive"), line.passive);
  }
  out(
    `\npassive voice (${split}, ${lines.length} sentences; labels = grammatical passive, LANG-001 row excludes court-process passives)`,
  );
  for (const [name, score] of Object.entries(scores)) {
    out(`  ${name.padEnd(32)} ${score}`);
    pooledScore(`passive ${name}`).addAll(score);
  }
  const peers = [scores["retext-passive"], scores["write-good"], scores.compromise];
  return [scores.ours.f1, Math.max(...peers.map((peer) => peer.f1))] as [number, number];
}

const PII_FAMILY: Record<string, string> = {
  "PII-006": "structured",
  "PII-007": "structured",
  "PII-008": "structured",
  "PII-009": "structured",
  "PII-010": "structured",
  "PII-011": "structured",
  "PII-012": "structured",
  "PII-005": "prison",
};
const UNLABELLED = new Set(["PII-013", "PII-014", "PII-015"]);
const NAME_RULES = new Set(["PII-001", "PII-003", "PII-004", "PII-016", "PII-018"]);
// Names have no digits, "@" or "_": a PII-016 finding with one and no capitalised word ("PC 5162 Oluwaseyi" is a
// name) is an identifying detail (a bank number, a handle, a registration), which the corpora label as structured.
const DETAIL_SHAPE = /[\d@_]|\p{Ll}\.\p{Ll}/u;
const NAME_WORD = /\p{Lu}\p{Ll}/u;
/** A finding's family: PII-016 covers a third party's name and their identifying details. */
const familyOf = (f: { rule: string }, text: string, from: number, to: number) =>
  PII_FAMILY[f.rule] ??
  (f.rule === "PII-016" &&
  (text[from] === "@" || (DETAIL_SHAPE.test(text.slice(from, to)) && !NAME_WORD.test(text.slice(from, to))))
    ? "structured"
    : NAME_RULES.has(f.rule)
      ? "name"
      : "other");

// Most corpora label a handle ("guyrope_queen", "pitlane77") as structured, some as a name it stands for: a PII-016
// handle finds either label.
const matchesKind = (f: { rule: string; from: number; to: number }, text: string, kind: string) => {
  const family = familyOf(f, text, f.from, f.to);
  return family === kind || (family === "structured" && f.rule === "PII-016" && kind === "name");
};

function pii(split: string) {
  const lines = read<SpanLine>(`pii.${split}.jsonl`);
  const families = new Map<string, Score>();
  const score = (family: string) => Score.in(families, family);
  let cleanParagraphs = 0;
  let falseAlarms = 0;
  for (const line of lines) {
    const findings = lintText(line.text, { register: line.register ?? [] }).filter(
      (f) => f.rule.startsWith("PII-") && (f.severity !== "info" || f.rule === "PII-012"),
    );
    // A label is found when a finding of its kind overlaps it, and a finding is a false alarm when it overlaps no
    // label of its kind: one highlight over "WHALEY, Feargal" finds both the labels some corpora give it.
    const used = new Set<number>();
    for (const label of line.labels) {
      const kind = label.family === "registered" || label.family === "unregistered" ? "name" : label.family;
      let hit = -1;
      findings.forEach((f, i) => {
        if (f.from < label.to && f.to > label.from && matchesKind(f, line.text, kind)) {
          used.add(i);
          hit = i;
        }
      });
      score(label.family).add(hit >= 0, true);
      if (label.family === "registered")
        score(
          writtenAsRegistered(line.text.slice(label.from, label.to), line.register ?? [])
            ? "registered, as in the register"
            : "registered, named otherwise",
        ).add(hit >= 0, true);
    }
    findings.forEach((f, i) => {
      // Medical, special category and staff circumstances (PII-013 to PII-015) are details, not names or
      // identifiers: no corpus labels them, so they are neither hits nor misses here (their unit tests score them).
      if (used.has(i) || UNLABELLED.has(f.rule)) return;
      const kind = familyOf(f, line.text, f.from, f.to);
      const family =
        kind !== "name" ? kind : line.labels.some((l) => l.family === "registered") ? "registered" : "unregistered";
      score(family).add(true, false);
    });
    if (!mayNameSomeone(new TextBlock(line.text))) {
      pooledSkipped++;
      pooledNamesSkipped += line.labels.filter((l) => l.family === "unregistered").length;
    }
    if (line.labels.length === 0) {
      cleanParagraphs++;
      if (findings.length > 0) falseAlarms++;
    }
  }
  out(`\npersonal data (${split}, ${lines.length} items incl. ${cleanParagraphs} clean paragraphs)`);
  for (const [family, s] of [...families].sort()) out(`  ${family.padEnd(32)} ${s}`);
  out(
    `  clean paragraphs with a false alarm: ${falseAlarms}/${cleanParagraphs} (${((20 * falseAlarms) / Math.max(1, cleanParagraphs)).toFixed(2)} per 20)`,
  );
  for (const [family, s] of families) pooledScore(`pii ${family}`).addAll(s);
  pooledClean += cleanParagraphs;
  pooledParagraphs += lines.length;
  pooledFalseAlarms += falseAlarms;
  if (20 * falseAlarms > cleanParagraphs) splitsOverOneIn20.push(split);
  return families;
}

function acronyms(split: string) {
  const lines = read<SpanLine>(`acronyms.${split}.jsonl`);
  const s = new Score();
  for (const line of lines) {
    const found = lintText(line.text, line.known ? { known: line.known } : {}).filter((f) => f.rule === "ACR-001");
    for (const label of line.labels)
      s.add(
        found.some((f) => f.from === label.from),
        true,
      );
    for (const f of found) if (!line.labels.some((l) => l.from === f.from)) s.add(true, false);
  }
  out(`\nacronym first use, ACR-001 (${split}, ${lines.length} items)\n  ${"ours".padEnd(32)} ${s}`);
  pooledScore("ACR-001").addAll(s);
  return s.f1;
}

// dev and heldout were written together; heldout2 onwards each blind to the code (corpora/HELDOUT<n>.md).
// heldout10 has personal data only.
const LAST_HELDOUT = 993;
const SPLITS = ["dev", "heldout", ...Array.from({ length: LAST_HELDOUT - 1 }, (_, i) => `heldout${i + 2}`)];
const has = (family: string, split: string) =>
  existsSync(new URL(`./corpora/${family}.${split}.jsonl`, import.meta.url));

for (const split of SPLITS.filter((split) => has("pii", split))) {
  const passiveF1 = has("passive", split) ? await passive(split) : undefined;
  const families = pii(split);
  perSplit.push({
    split,
    passive: passiveF1,
    acronyms: has("acronyms", split) ? acronyms(split) : undefined,
    pii: families,
  });
}
printSummary();

/** The targets of the lint issue, read on every split's counts added up, with the splits that fall short. */
function printSummary() {
  const met = (ok: boolean) => (ok ? "met" : "NOT MET");
  const lowest = (values: [string, number][]) => values.reduce((a, b) => (b[1] < a[1] ? b : a), ["-", 1]);
  const fmt = ([split, value]: [string, number]) => `${value.toFixed(3)} (${split})`;
  out(
    `\nsummary, every split's counts added up (${perSplit.length} splits: ${perSplit[0]?.split} to ${perSplit.at(-1)?.split})`,
  );
  const passives = perSplit.flatMap((p) => (p.passive ? [[p.split, ...p.passive] as const] : []));
  const ours = pooledScore("passive ours");
  const peerF1 = ["retext-passive", "write-good", "compromise"].map((peer) => pooledScore(`passive ${peer}`).f1);
  const notAbove = passives.filter(([, o, peer]) => o <= peer).map(([split]) => split);
  out(
    `  passive voice F1: ours ${ours.f1.toFixed(3)}, lowest split ${fmt(lowest(passives.map(([split, o]) => [split, o])))}; peers retext-passive ${peerF1[0]!.toFixed(3)}, write-good ${peerF1[1]!.toFixed(3)}, compromise ${peerF1[2]!.toFixed(3)}; ours at or below the best peer on ${notAbove.length} of ${passives.length} splits${notAbove.length ? ` (${notAbove.join(", ")})` : ""} (target F1 >= 0.92 and above every peer: ${met(ours.f1 >= 0.92 && notAbove.length === 0)})`,
  );
  const recall = (family: string, target: number | undefined, note = "", withPrecision = true) => {
    const s = pooledScore(`pii ${family}`);
    const below = perSplit.filter((p) => {
      const f = p.pii.get(family);
      return target !== undefined && f !== undefined && f.tp + f.fn > 0 && f.recall < target;
    });
    const splits = perSplit.flatMap((p): [string, number][] => {
      const f = p.pii.get(family);
      return f && f.tp + f.fn > 0 ? [[p.split, f.recall]] : [];
    });
    out(
      `  personal data, ${family}${note}: recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})${withPrecision ? `, precision ${s.precision.toFixed(3)}` : ""}, lowest split ${fmt(lowest(splits))}${target === undefined ? "" : `; ${below.length} splits below ${target.toFixed(2)} (target recall >= ${target.toFixed(2)}: ${met(s.recall >= target)})`}`,
    );
  };
  recall("structured", 0.98);
  recall("registered", 0.98);
  recall("registered, as in the register", 0.98, " (full name, first name, surname, possessive, initials)", false);
  recall(
    "registered, named otherwise",
    undefined,
    " (nicknames, pet forms, initials the register does not give)",
    false,
  );
  recall("unregistered", 0.9);
  recall("prison", undefined);
  out(
    `  clean paragraphs with a false alarm: ${pooledFalseAlarms}/${pooledClean} (${((20 * pooledFalseAlarms) / Math.max(1, pooledClean)).toFixed(2)} per 20; more than 1 per 20 on ${splitsOverOneIn20.length} splits) (target at most 1 per 20: ${met(20 * pooledFalseAlarms <= pooledClean)})`,
  );
  out(
    `  paragraphs the name finder skipped as naming nobody (mayNameSomeone): ${pooledSkipped}/${pooledParagraphs}; labelled unregistered names in them: ${pooledNamesSkipped}`,
  );
  const acr = pooledScore("ACR-001");
  const acrSplits = perSplit.flatMap((p): [string, number][] =>
    p.acronyms === undefined ? [] : [[p.split, p.acronyms]],
  );
  out(`  ACR-001: ${acr}, lowest split F1 ${fmt(lowest(acrSplits))}`);
}
