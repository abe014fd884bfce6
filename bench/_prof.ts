import { lintDocument } from "@sfo-review/lint";
import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
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

function paragraph(seed: number): string {
  const count = 4 + (seed % 3);
  const day = (seed % 28) + 1;
  const month = (Math.floor(seed / 28) % 12) + 1;
  const dated = `On ${day}/${month}/2023 PP${(seed % 9) + 1} recorded contact ${seed}.`;
  return [dated, ...Array.from({ length: count }, (_, i) => SENTENCES[(seed * 7 + i * 3) % SENTENCES.length])].join(
    " ",
  );
}

function buildReview() {
  let words = 0;
  let seed = 0;
  const next = () => {
    const p = paragraph(seed++);
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

const { doc } = buildReview();
for (let i = 0; i < 10; i++) lintDocument(doc);
const runs: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 40); i++) { const t0 = performance.now(); lintDocument(doc); runs.push(performance.now() - t0); }
runs.sort((a, b) => a - b);
out(`min ${runs[0]!.toFixed(1)} median ${runs[Math.floor(runs.length / 2)]!.toFixed(1)} ms`);
