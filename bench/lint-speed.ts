import { createIncrementalLinter, lintDocument, mayNameSomeone, TextBlock } from "@sfo-review/lint";
import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { EditorState } from "@tiptap/pm/state";
import { retext } from "retext";
import retextEnglish from "retext-english";
import retextPassive from "retext-passive";
import retextSimplify from "retext-simplify";

const out = (line: string) => process.stdout.write(`${line}\n`);
const TARGET_WORDS = 25_000;
const SENTENCES = [
  "PP1 completed the assessment on 14/03/2023 and shared it with SPO2.",
  "The risk management plan (RMP) was not updated after the arrest in May.",
  "Mr K attended 11 of 14 appointments between January and June.",
  "Police checks were requested but the results were not chased.",
  "SPO2 reviewed the case in supervision and agreed three actions with PP1.",
  "The assessment did not consider the risk of serious harm to Ms B.",
  "This meant that the plan did not include any safeguarding actions for her.",
  "PP1 failed to record the disclosure of a new relationship.",
  "The home visit was cancelled and was not rearranged.",
  "PP1 told me they had not been shown how to request domestic abuse (DA) checks.",
  "Management oversight met expected practice during the first three months.",
  "The MAPPA meeting agreed a level 2 plan, which was reviewed monthly.",
  "The workload management tool showed 140% for PP1 in March.",
  "There were missed opportunities to escalate the case to SPO2.",
];

// The invented people of DOMAIN.md §8, for the variant of the review that names someone in every paragraph.
const PEOPLE = ["Darren Mills", "Kelly Brown", "Amy Carter", "Sarah Jenkins", "Tom Reid", "Priya Shah", "Leon Ward"];

function paragraph(seed: number, named: boolean): string {
  const count = 4 + (seed % 3);
  const day = (seed % 28) + 1;
  const month = (Math.floor(seed / 28) % 12) + 1;
  const dated = `On ${day}/${month}/2023 PP${(seed % 9) + 1} recorded contact ${seed}${named ? ` with ${PEOPLE[seed % PEOPLE.length]}` : ""}.`;
  return [dated, ...Array.from({ length: count }, (_, i) => SENTENCES[(seed * 7 + i * 3) % SENTENCES.length])].join(
    " ",
  );
}

function buildReview(named = false) {
  let words = 0;
  let seed = 0;
  const next = () => {
    const p = paragraph(seed++, named);
    words += p.split(/\s+/).length;
    return p;
  };
  const entries = () =>
    Array.from({ length: 18 }, (_, i) => ({
      id: `e${seed}-${i}`,
      events: [next(), next()],
      judgements: [next()],
      learning: [next()],
      notForDisclosure: [next()],
    }));
  const input = {
    summary: Array.from({ length: 8 }, next),
    background: Array.from({ length: 8 }, next),
    risk: Array.from({ length: 8 }, next),
    analysis: { assessment: entries(), planning: entries(), implementation: entries(), reviewing: entries() },
    judgements: Array.from({ length: 10 }, next),
    learning: Array.from({ length: 10 }, next),
    glossary: [{ term: "OASys" }, { term: "risk management plan (RMP)" }, { term: "MAPPA" }],
    learningRows: Array.from({ length: 8 }, (_, i) => ({
      id: `lp${i}`,
      objective: [next()],
      whoFor: "Individual" as const,
      action: [next()],
      measure: [next()],
      owners: ["PP1", "SPO2"],
    })),
  };
  while (words < TARGET_WORDS) input.learning.push(next());
  return { doc: buildSfoSchema().nodeFromJSON(reviewDocument(input)), words };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const { doc, words } = buildReview();
const text = doc.textBetween(0, doc.content.size, "\n\n");
out(`synthetic review: ${words} words, ${text.length} characters, ${doc.nodeSize} positions`);

// Each side gets about a second of untimed warm-up runs first, so that neither figure includes V8 compiling and
// optimising the code (ours settles after about eight runs of this document). Then the two take turns, in ABBA order
// (ours, retext, retext, ours, …): on a shared machine a slow spell then slows both, not whichever ran in it.
const processor = retext().use(retextEnglish).use(retextPassive).use(retextSimplify);
const ROUNDS = 7;
async function compareFullLint(review: typeof doc, reviewText: string) {
  for (let i = 0; i < 8; i++) lintDocument(review);
  for (let i = 0; i < 4; i++) await processor.process(reviewText);
  const oursRuns: number[] = [];
  const retextRuns: number[] = [];
  let findings = 0;
  let messages = 0;
  const timeOurs = () => {
    const t0 = performance.now();
    findings = lintDocument(review).length;
    oursRuns.push(performance.now() - t0);
  };
  const timeRetext = async () => {
    const t0 = performance.now();
    messages = (await processor.process(reviewText)).messages.length;
    retextRuns.push(performance.now() - t0);
  };
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      timeOurs();
      await timeRetext();
    } else {
      await timeRetext();
      timeOurs();
    }
  }
  const ratios = oursRuns.map((o, i) => o / retextRuns[i]!);
  return { ours: median(oursRuns), peer: median(retextRuns), ratios, findings, messages };
}
const full = await compareFullLint(doc, text);
out(
  `full lint, ours (lintDocument):              ${full.ours.toFixed(1)} ms median of ${ROUNDS} after 8 warm-up runs (${full.findings} findings)`,
);
out(
  `full lint, retext (english+passive+simplify): ${full.peer.toFixed(1)} ms median of ${ROUNDS} after 4 warm-up runs (${full.messages} messages)`,
);
out(
  `ratio ours / retext: ${(full.ours / full.peer).toFixed(2)} (target <= 0.5); per round, each side timed back to back: median ${median(full.ratios).toFixed(2)}, ${Math.min(...full.ratios).toFixed(2)}–${Math.max(...full.ratios).toFixed(2)}`,
);
// The review above names nobody (it uses identifiers, as a review should), so the name finder skips every paragraph
// (mayNameSomeone). The same review with someone named in every paragraph shows what the name finder costs when it
// has to read them all.
const countSkipped = (review: typeof doc) => {
  let skipped = 0;
  let paragraphs = 0;
  review.descendants((node) => {
    if (!node.isTextblock) return true;
    paragraphs++;
    if (!mayNameSomeone(new TextBlock(node.textContent))) skipped++;
    return false;
  });
  return `${skipped} of ${paragraphs}`;
};
const named = buildReview(true).doc;
const namedFull = await compareFullLint(named, named.textBetween(0, named.content.size, "\n\n"));
out(`  paragraphs the name finder skipped as naming nobody: ${countSkipped(doc)}`);
out(
  `  the same review naming someone in every paragraph (skipped ${countSkipped(named)}): ours ${namedFull.ours.toFixed(1)} ms (${namedFull.findings} findings), retext ${namedFull.peer.toFixed(1)} ms, ratio ${(namedFull.ours / namedFull.peer).toFixed(2)} (per round ${Math.min(...namedFull.ratios).toFixed(2)}–${Math.max(...namedFull.ratios).toFixed(2)}; no target, for comparison)`,
);

const linter = createIncrementalLinter();
let state = EditorState.create({ doc });
linter.lint(state.doc);
const positions: number[] = [];
state.doc.descendants((node, pos) => {
  if (node.isTextblock && node.content.size > 10) positions.push(pos + 1 + Math.floor(node.content.size / 2));
  return true;
});
const times: number[] = [];
const starts: number[] = [];
const materialiseTimes: number[] = [];
const WARM_UP = 200;
const KEYSTROKES = WARM_UP + 2000;
// A user types a run of characters in one paragraph, then moves to another: runs of 40 keystrokes at a caret that
// moves on with the text, each run in a different paragraph. (Typing each character in a different paragraph, the
// stress case printed last, keeps every paragraph's fresh cache entry alive until its next edit.)
const RUN = 40;
let caret = 0;
const insertAt = (at: number, i: number) => {
  state = state.apply(state.tr.insertText(i % 5 === 0 ? " " : "a", at));
  for (let k = 0; k < positions.length; k++) if (positions[k]! >= at) positions[k]! += 1;
};
const typeAt = (i: number) => {
  if (i % RUN === 0) caret = positions[(Math.floor(i / RUN) * 7919) % positions.length]!;
  const at = caret;
  insertAt(at, i);
  caret = at + 1;
  return at;
};
// Garbage collections during the keystroke loop: they, not the linting, set its p99.
const gcs: number[] = [];
const gcSpans: [number, number][] = [];
const gcKinds = new Map<string, number[]>();
const GC_KIND: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental marking", 8: "weak callbacks" };
// Keystrokes that changed a block's document facts (an acronym, a failing …) and so re-ran the document rules.
const passes: number[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcs.push(entry.duration);
    gcSpans.push([entry.startTime, entry.startTime + entry.duration]);
    const kind = GC_KIND[(entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? "other";
    gcKinds.set(kind, [...(gcKinds.get(kind) ?? []), entry.duration]);
  }
});
for (let i = 0; i < KEYSTROKES; i++) {
  const at = typeAt(i);
  if (i === WARM_UP) gcObserver.observe({ entryTypes: ["gc"] });
  const t0 = performance.now();
  const snapshot = linter.update(state.doc);
  // What the editor needs after a keystroke: the findings of the range the linter says changed.
  const change = snapshot.change;
  snapshot.findingsBetween(change ? change.from : at - 200, change ? change.to : at + 200);
  starts.push(t0);
  times.push(performance.now() - t0);
  if (i >= WARM_UP && linter.stats.documentPass) passes.push(times.length - 1);
}
await new Promise((resolve) => setTimeout(resolve, 0));
gcObserver.disconnect();
// The findings panel, after a pause in typing: every finding with its position.
for (let i = 0; i < 220; i++) {
  typeAt(KEYSTROKES + i);
  const snapshot = linter.update(state.doc);
  const t0 = performance.now();
  snapshot.findings();
  materialiseTimes.push(performance.now() - t0);
}
// Stress: every keystroke in a different paragraph.
const scattered: number[] = [];
for (let i = 0; i < KEYSTROKES; i++) {
  const at = positions[(i * 7919) % positions.length]!;
  insertAt(at, i);
  const t0 = performance.now();
  const snapshot = linter.update(state.doc);
  const change = snapshot.change;
  snapshot.findingsBetween(change ? change.from : at - 200, change ? change.to : at + 200);
  scattered.push(performance.now() - t0);
}
const warmScattered = scattered.slice(WARM_UP);
const warm = times.slice(WARM_UP);
const warmAll = materialiseTimes.slice(20);
out(
  `incremental re-lint per keystroke (update + findings of the changed range; ${warm.length} after warm-up, typed in runs of ${RUN} per paragraph): p50 ${percentile(warm, 50).toFixed(3)} ms, p99 ${percentile(warm, 99).toFixed(3)} ms (target p99 <= 1.2 ms); blocks re-linted last run: ${linter.stats.blocksLinted}/${linter.stats.blocks}`,
);
const passTimes = passes.map((i) => times[i]!);
out(
  `  keystrokes that re-ran the document rules: ${passes.length} (${((100 * passes.length) / warm.length).toFixed(1)} per 100), p50 ${passTimes.length ? percentile(passTimes, 50).toFixed(3) : "-"} ms`,
);
// Which keystrokes a collection interrupted, by time: the rest show what the linting itself costs.
const quiet = warm.filter((t, i) => {
  const from = starts[i + WARM_UP]!;
  return !gcSpans.some(([a, b]) => a < from + t && b > from);
});
out(
  `  without the ${warm.length - quiet.length} keystrokes a garbage collection interrupted: p50 ${percentile(quiet, 50).toFixed(3)} ms, p99 ${percentile(quiet, 99).toFixed(3)} ms`,
);
const gcTotal = gcs.reduce((a, b) => a + b, 0);
out(
  `  garbage collections during those keystrokes: ${gcs.length} (${((100 * gcs.length) / warm.length).toFixed(1)} per 100 keystrokes), longest ${Math.max(0, ...gcs).toFixed(2)} ms, total ${gcTotal.toFixed(1)} ms (${[...gcKinds].map(([kind, d]) => `${d.length} ${kind}, median ${percentile(d, 50).toFixed(2)} ms`).join("; ")})`,
);
out(
  `  every finding with positions (what the findings panel reads after a pause; ${warmAll.length} samples): p50 ${percentile(warmAll, 50).toFixed(3)} ms, p99 ${percentile(warmAll, 99).toFixed(3)} ms`,
);
out(
  `  stress, every keystroke in another paragraph (${warmScattered.length} after warm-up): p50 ${percentile(warmScattered, 50).toFixed(3)} ms, p99 ${percentile(warmScattered, 99).toFixed(3)} ms`,
);
// Read once as the loops left it and once after a full collection: the second is what the documents and the
// linters' caches keep, the first also counts garbage that no collection has reclaimed yet.
const heapMb = () => (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1);
const heapBefore = heapMb();
setFlagsFromString("--expose-gc");
(runInNewContext("gc") as () => void)();
out(`heap used: ${heapBefore} MB, ${heapMb()} MB after a full garbage collection`);
