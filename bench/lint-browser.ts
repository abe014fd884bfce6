/// <reference lib="dom" />
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { reviewDocument } from "@sfo-review/schema";
import { type Browser, chromium, type Page } from "playwright-core";
import { seededRandom } from "../test/support/seededRandom.js";
import { startDemoServer } from "../test/support/startDemoServer.js";

/*
 * Keystroke-to-paint in real Chromium, with live linting on and off, on a review of about fifty
 * pages seeded into a demo server. Run from the repository root:
 *   node --conditions=@sfo-review/source --import tsx bench/lint-browser.ts [characters] [pairs]
 */

const out = (line: string) => process.stdout.write(`${line}\n`);
const root = join(import.meta.dirname, "..");
const characters = Number(process.argv[2] ?? 300);
// Pairs of runs (one lint off, one on) per frame clock; each run types into its own paragraph.
const PAIRS = Number(process.argv[3] ?? 3);
const WARMUP = 30;
const TARGET_WORDS = 25_000;
const SENTENCES = [
  "PP1 completed the assessment on 14/03/2023 and shared it with SPO2.",
  "The risk management plan (RMP) was not updated after the arrest in May.",
  "AB attended 11 of 14 appointments between January and June.",
  "Police checks were requested but the results were not chased.",
  "SPO2 reviewed the case in supervision and agreed three actions with PP1.",
  "The assessment did not consider the risk of serious harm to Victim A.",
  "This meant that the plan did not include any safeguarding actions for Victim A.",
  "PP1 failed to record the disclosure of a new relationship.",
  "The home visit was cancelled and was not rearranged.",
  "PP1 told me they had not been shown how to request domestic abuse (DA) checks.",
  "Management oversight met expected practice during the first three months.",
  "The MAPPA meeting agreed a level 2 plan, which was reviewed monthly.",
  "There were missed opportunities to escalate the case to SPO2.",
];

/** About fifty pages (25,000 words) of distinct paragraphs, through the schema's builders. */
function buildReview() {
  let words = 0;
  let seed = 0;
  const next = () => {
    const count = 4 + (seed % 3);
    const text = [
      `On ${(seed % 28) + 1}/${(Math.floor(seed / 28) % 12) + 1}/2023 PP${(seed % 9) + 1} recorded contact ${seed}.`,
      ...Array.from({ length: count }, (_, i) => SENTENCES[(seed * 7 + i * 3) % SENTENCES.length]),
    ].join(" ");
    seed++;
    words += text.split(/\s+/).length;
    return text;
  };
  const entries = (stage: string) =>
    Array.from({ length: 16 }, (_, i) => ({
      id: `${stage}-${i}`,
      date: "2023-03-14",
      title: `Contact ${i}`,
      events: [next(), next()],
      judgements: [next()],
      learning: [next()],
      notForDisclosure: [next()],
    }));
  const input = {
    people: [
      { identifier: "PP1", name: "Jordan Pike", role: "probation-practitioner" as const },
      { identifier: "SPO2", name: "Morgan Hale", role: "senior-probation-officer" as const },
    ],
    summary: Array.from({ length: 12 }, next),
    background: Array.from({ length: 8 }, next),
    risk: Array.from({ length: 8 }, next),
    analysis: {
      assessment: entries("a"),
      planning: entries("p"),
      implementation: entries("i"),
      reviewing: entries("r"),
    },
    judgements: Array.from({ length: 10 }, next),
    learning: Array.from({ length: 10 }, next),
    glossary: [
      { term: "MAPPA", expansion: "Multi-agency public protection arrangements" },
      { term: "RMP", expansion: "Risk management plan" },
    ],
    learningRows: Array.from({ length: 8 }, (_, i) => ({
      id: `lp${i}`,
      objective: [next()],
      whoFor: "Individual" as const,
      action: [next()],
      measure: [next()],
      owners: ["PP1", "SPO2"],
      actionDate: "2026-12-14",
      measureDate: "2027-03-15",
    })),
  };
  while (words < TARGET_WORDS) input.learning.push(next());
  return { json: reviewDocument(input), words };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

// The few Vite calls used here: bench/ does not depend on Vite, the demo's copy is borrowed.
interface ViteApi {
  build(config: object): Promise<unknown>;
  preview(config: object): Promise<{
    httpServer: { address(): string | { port: number } | null };
    close(): Promise<void>;
  }>;
}

/**
 * Builds the harness page (bench/lint-browser/) with the demo's Vite and serves it, proxying the
 * token request to the demo server. The page opens its websocket on the demo server itself, as the
 * demo app does: through the proxy every keystroke's update would also cost this process (which
 * drives Chromium) a hop, on the same two cores.
 */
async function serveHarness(demoUrl: string) {
  const requireFromDemo = createRequire(join(root, "apps/demo/package.json"));
  const vite = (await import(pathToFileURL(requireFromDemo.resolve("vite")).href)) as ViteApi;
  const harness = join(import.meta.dirname, "lint-browser");
  const outDir = mkdtempSync(join(tmpdir(), "sfo-lint-harness-"));
  const react = realpathSync(join(root, "packages/editor/node_modules/react"));
  const reactDom = realpathSync(join(root, "packages/editor/node_modules/react-dom"));
  const config = {
    root: harness,
    logLevel: "warn" as const,
    configFile: false as const,
    resolve: {
      conditions: ["@sfo-review/source", "module", "browser", "production"],
      alias: [
        {
          find: "@sfo-review/editor/styles.css",
          replacement: join(root, "packages/editor/src/styles/reviewEditor.css"),
        },
        { find: /^@sfo-review\/editor$/, replacement: join(root, "packages/editor/src/index.ts") },
        { find: /^react-dom(\/.*)?$/, replacement: `${reactDom}$1` },
        { find: /^react(\/.*)?$/, replacement: `${react}$1` },
      ],
    },
    esbuild: { jsx: "automatic" as const },
    build: {
      outDir,
      target: "es2022",
      minify: !process.env.LINT_BENCH_PROFILE,
    },
    preview: {
      port: 0,
      host: "127.0.0.1",
      proxy: { "/demo": demoUrl },
    },
  };
  await vite.build(config);
  const server = await vite.preview(config);
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("harness server has no port");
  const collaboration = `${demoUrl.replace(/^http/, "ws")}/collaboration`;
  return {
    url: `http://127.0.0.1:${address.port}/?ws=${encodeURIComponent(collaboration)}`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * The paragraphs the runs type into, near the top of the review, in document order: typing into
 * one paragraph run after run would make it longer (and its linting dearer) for the later runs only.
 */
const TARGETS = [
  ...Array.from({ length: 12 }, (_, i) => ({ section: "summary", nth: i })),
  ...Array.from({ length: 8 }, (_, i) => ({ section: "background", nth: i })),
  ...Array.from({ length: 8 }, (_, i) => ({ section: "risk", nth: i })),
];

/**
 * Types `count` characters at the start of paragraph `TARGETS[run]`, one at a time, and returns
 * keystroke-to-paint times and keystroke-to-idle times (main-thread work before layout and paint) in ms.
 */
async function measure(page: Page, count: number, run: number): Promise<{ paint: number[]; work: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __samples: number[]; __work: number[]; __start: number };
    w.__samples = [];
    w.__work = [];
    w.__start = 0;
    window.addEventListener("keydown", (event) => (w.__start = event.timeStamp), true);
    document.addEventListener(
      "input",
      () => {
        const start = w.__start;
        // The next task runs once ProseMirror (its DOM observer), the linter and React have handled the input.
        setTimeout(() => w.__work.push(performance.now() - start), 0);
        // rAF runs just before the frame is painted; a task queued from it runs after the paint.
        requestAnimationFrame(() => setTimeout(() => w.__samples.push(performance.now() - start), 0));
      },
      true,
    );
  });
  const target = TARGETS[run];
  if (!target) throw new Error(`no paragraph left for run ${run}: lower the number of pairs`);
  const paragraph = page.locator(`section[data-section="${target.section}"] p`).nth(target.nth);
  await paragraph.click({ position: { x: 3, y: 8 } });
  await page.keyboard.press("Home");
  const text = "The plan was agreed by PP1 and the risk was high. ";
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __samples: number[]; __work: number[] };
    return { paint: w.__samples, work: w.__work };
  });
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** With LINT_BENCH_PROFILE=1: a CPU profile of the run, printed as the functions with the most self time. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return {
    async stop(label: string) {
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const frame = byNode.get(id)?.callFrame;
        const name = frame
          ? `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`
          : "?";
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      out(`top self time, ${label}:`);
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
        out(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
      // Inclusive time: each sample counts once for every distinct function on its stack.
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const total = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const frame = byNode.get(at)?.callFrame;
          if (frame?.url)
            seen.add(`${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`);
        }
        for (const name of seen) total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      out(`top total time, ${label}:`);
      for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40))
        out(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
}

/** With LINT_BENCH_TRACE=1: a Chromium trace of the run, printed as the main thread's time per event type. */
async function startTrace(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,blink,v8",
    transferMode: "ReportEvents",
  });
  return {
    async stop(label: string, keystrokes: number) {
      const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
      await cdp.send("Tracing.end");
      await done;
      const main = events.find(
        (e) => e.name === "thread_name" && (e as { args?: { name?: string } }).args?.name === "CrRendererMain",
      );
      // Self time: an event's duration less the events nested in it.
      const spans = events
        .filter((e) => e.ph === "X" && e.dur && main && e.tid === main.tid && e.pid === main.pid)
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      const byName = new Map<string, number>();
      const stack: { end: number; name: string }[] = [];
      for (const e of spans) {
        while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
        const parent = stack[stack.length - 1];
        const dur = (e.dur ?? 0) / 1000;
        byName.set(e.name, (byName.get(e.name) ?? 0) + dur);
        if (parent) byName.set(parent.name, (byName.get(parent.name) ?? 0) - dur);
        stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
      }
      out(`main thread self time per keystroke by trace event, ${label}:`);
      for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20))
        out(`  ${(ms / keystrokes).toFixed(2).padStart(7)} ms  ${name}`);
    },
  };
}

/** A thread's time on a core and waiting for one, in ms, from Linux's scheduler counters. */
interface CoreTime {
  running: number;
  waiting: number;
}

/** Each renderer process's main thread's core time, by process id; empty where /proc has no schedstat. */
async function rendererCoreTimes(browser: Browser): Promise<Map<number, CoreTime>> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  const times = new Map<number, CoreTime>();
  for (const { type, id } of processInfo) {
    if (type !== "renderer") continue;
    try {
      // /proc/<pid>/schedstat is the main thread's: ns on a core, ns runnable but waiting, time slices.
      const [running, waiting] = readFileSync(`/proc/${id}/schedstat`, "utf8").split(" ").map(Number);
      if (running !== undefined && waiting !== undefined)
        times.set(id, { running: running / 1e6, waiting: waiting / 1e6 });
    } catch {
      // Not Linux, or the process has just exited.
    }
  }
  return times;
}

/**
 * Starts counting `page`'s renderer main thread's core time; `stop` returns it (null where the
 * counters are not readable). The page's renderer is the one whose time on a core grew by as
 * much as the page's main thread time as Chromium counts it: a spare renderer starting up
 * meanwhile can be as busy as a quiet page.
 */
async function startCoreClock(browser: Browser, page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // Chromium counts ThreadTime from Performance.enable, in seconds.
  await cdp.send("Performance.enable");
  const threadTime = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const seconds = metrics.find((metric) => metric.name === "ThreadTime")?.value;
    if (seconds === undefined) throw new Error("Chromium reported no ThreadTime metric");
    return seconds * 1000;
  };
  const before = await rendererCoreTimes(browser);
  const threadBefore = await threadTime();
  return {
    async stop(): Promise<CoreTime | null> {
      const after = await rendererCoreTimes(browser);
      const thread = (await threadTime()) - threadBefore;
      await cdp.detach();
      let closest: CoreTime | null = null;
      for (const [id, end] of after) {
        const start = before.get(id);
        if (!start) continue;
        const delta = { running: end.running - start.running, waiting: end.waiting - start.waiting };
        if (!closest || Math.abs(delta.running - thread) < Math.abs(closest.running - thread)) closest = delta;
      }
      return closest;
    },
  };
}

/** "on a core / waiting for one", per keystroke. */
function perKeystroke(time: CoreTime, keystrokes: number): string {
  return `${(time.running / keystrokes).toFixed(1)} / ${(time.waiting / keystrokes).toFixed(1)} ms`;
}

function coreLine(time: CoreTime | null, keystrokes: number): string {
  return time
    ? `;  renderer main thread per keystroke, on a core / waiting for one: ${perKeystroke(time, keystrokes)}`
    : "";
}

/** The text of every textblock of a document's JSON, in document order. */
function textBlocks(node: unknown): string[] {
  if (typeof node !== "object" || node === null) return [];
  const content = (node as { content?: unknown }).content;
  if (!Array.isArray(content)) return [];
  if (content.some((child) => (child as { type?: unknown }).type === "text"))
    return [content.map((child) => (child as { text?: string }).text ?? "").join("")];
  return content.flatMap(textBlocks);
}

/**
 * The peers: bare contenteditable pages measured the same way. Eight paragraphs show the frame
 * clock's and the machine's share of "to paint"; the review's own paragraphs, all of them, show
 * what Chromium alone costs per keystroke in an editable of fifty pages, with no script at all.
 */
async function loadPeer(page: Page, paragraphs: readonly string[]) {
  const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  await page.setContent(
    `<div contenteditable="true" style="width:812px;font:16px/1.6 system-ui"><section data-section="summary">${paragraphs.map((text) => `<p>${html(text)}</p>`).join("")}</section></div>`,
  );
}

const PEER_LABELS = { peer: "bare contenteditable", whole: "bare, whole review" } as const;

const SMALL_PEER = Array.from(
  { length: 8 },
  () => `On 3/1/2023 PP3 recorded contact 2. ${SENTENCES.slice(0, 5).join(" ")}`,
);

/**
 * The order of the runs: pairs alternate off-on and on-off (ABBA), so that neither mode always
 * runs second in its pair, on the later of two neighbouring paragraphs.
 */
function runOrder(pairs: number): Mode[] {
  return Array.from({ length: pairs }, (_, k): Mode[] => (k % 2 === 0 ? ["off", "on"] : ["on", "off"])).flat();
}

/** How each run's Chromium schedules frames. */
const CLOCKS = [
  { name: "60 Hz frame clock (Chromium's default)", args: [] as string[] },
  // No frame clock: a frame starts as soon as there is something to draw, so "to paint" is the
  // keystroke's own work (script, style, layout, paint) without the wait for the next 60 Hz tick.
  {
    name: "no frame clock (--disable-frame-rate-limit --disable-gpu-vsync)",
    args: ["--disable-frame-rate-limit", "--disable-gpu-vsync"],
  },
];

type Mode = "off" | "on";
/** The bare pages' keystrokes (eight paragraphs, the whole review), and each editor run's keystrokes per mode. */
type Samples = { peer: number[]; whole: number[]; on: number[][]; off: number[][] };

/** Pooled keystrokes of runs drawn with replacement, each run's keystrokes drawn with replacement too. */
function resample(runs: number[][], next: () => number): number[] {
  const pooled: number[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[Math.floor(next() * runs.length)]!;
    for (let i = 0; i < run.length; i++) pooled.push(run[Math.floor(next() * run.length)]!);
  }
  return pooled;
}

/**
 * A 95% interval for p99(on) / p99(off) by a two-level bootstrap (runs, then keystrokes within
 * them): how far the ratio printed could move on another run of the same benchmark.
 */
function ratioInterval(runs: Samples, iterations = 2000): [number, number] {
  // Seeded: the same samples print the same interval.
  const next = seededRandom(0x5f0);
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++)
    ratios.push(percentile(resample(runs.on, next), 0.99) / percentile(resample(runs.off, next), 0.99));
  return [percentile(ratios, 0.025), percentile(ratios, 0.975)];
}

/** One 60 Hz frame, in ms: the keystroke-to-paint target for p99. */
const FRAME_MS = 16.7;

/** The share of keystrokes slower than one frame, as a percentage: p99 meets the target when it is at most 1%. */
function overFrame(values: number[]): string {
  return `${((100 * values.filter((ms) => ms > FRAME_MS).length) / values.length).toFixed(1)}%`;
}

function line(label: string, values: number[]) {
  return `${label.padEnd(26)} p50 ${percentile(values, 0.5).toFixed(1).padStart(5)} ms  p99 ${percentile(values, 0.99).toFixed(1).padStart(5)} ms  (${values.length} keystrokes)`;
}

interface ClockResult {
  paint: Samples;
  work: Samples;
  /** The page's renderer main thread's core time, summed over the runs, where Linux tells it. */
  core: Record<Mode | "peer" | "whole", CoreTime | null>;
}

function addCoreTime(total: CoreTime | null, run: CoreTime | null): CoreTime | null {
  return total && run ? { running: total.running + run.running, waiting: total.waiting + run.waiting } : null;
}

/** The runs of one clock; they type into paragraphs `TARGETS[firstRun]`… so that no run types into text another lengthened. */
async function runClock(
  chromiumPath: string,
  harnessUrl: string,
  review: readonly string[],
  clock: (typeof CLOCKS)[number],
  firstRun: number,
): Promise<ClockResult> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", ...clock.args],
  });
  const paint: Samples = { on: [], off: [], peer: [], whole: [] };
  const work: Samples = { on: [], off: [], peer: [], whole: [] };
  const zero = { running: 0, waiting: 0 };
  const core: ClockResult["core"] = { on: zero, off: zero, peer: zero, whole: zero };
  const keystrokes = characters + WARMUP;
  // The text column's width per mode: lines to lay out and paint per keystroke depend on it.
  const widths: Partial<Record<Mode, number>> = {};
  try {
    out(`\n${clock.name}`);
    for (const [peer, paragraphs] of [
      ["peer", SMALL_PEER],
      ["whole", review],
    ] as const) {
      const peerPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await loadPeer(peerPage, paragraphs);
      const peerClock = await startCoreClock(browser, peerPage);
      const measured = await measure(peerPage, keystrokes, 0);
      core[peer] = await peerClock.stop();
      await peerPage.close();
      paint[peer].push(...measured.paint.slice(WARMUP));
      work[peer].push(...measured.work.slice(WARMUP));
      out(`  ${line(PEER_LABELS[peer], paint[peer])}${coreLine(core[peer], keystrokes)}`);
    }
    let run = firstRun;
    for (const mode of runOrder(PAIRS)) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const url = new URL(harnessUrl);
      url.searchParams.set("lint", mode);
      await page.goto(url.href);
      await page.locator(".sfo-editor__body").waitFor({ timeout: 60_000 });
      if (mode === "on") await page.getByTestId("lint-summary").waitFor();
      await page.waitForTimeout(500);
      widths[mode] = await page.locator(".sfo-editor__body").evaluate((body) => body.getBoundingClientRect().width);
      if (widths.on !== undefined && widths.off !== undefined && widths.on !== widths.off)
        throw new Error(
          `lint on and off lay the text out ${widths.on} and ${widths.off} px wide: their keystrokes would not compare (bench/lint-browser/index.html)`,
        );
      const profiler = process.env.LINT_BENCH_PROFILE ? await startProfile(page) : null;
      const tracer = process.env.LINT_BENCH_TRACE ? await startTrace(page) : null;
      const coreClock = await startCoreClock(browser, page);
      const measured = await measure(page, keystrokes, run++);
      const runCore = await coreClock.stop();
      core[mode] = addCoreTime(core[mode], runCore);
      if (profiler) await profiler.stop(`lint ${mode}`);
      if (tracer) await tracer.stop(`lint ${mode}`, keystrokes);
      const runPaint = measured.paint.slice(WARMUP);
      const runWork = measured.work.slice(WARMUP);
      out(
        `  ${line(`editor, lint ${mode}`, runPaint)};  to idle p50 ${percentile(runWork, 0.5).toFixed(1)} p99 ${percentile(runWork, 0.99).toFixed(1)} ms${coreLine(runCore, keystrokes)}`,
      );
      paint[mode].push(runPaint);
      work[mode].push(runWork);
      await page.close();
    }
    out(`  text column ${widths.on ?? widths.off} px wide with lint on and off`);
  } finally {
    await browser.close();
  }
  return { paint, work, core };
}

function summarise(clock: string, { paint, work, core }: ClockResult) {
  const on = paint.on.flat();
  const off = paint.off.flat();
  const on99 = percentile(on, 0.99);
  const off99 = percentile(off, 0.99);
  const ratio = on99 / off99;
  out(`\n${clock}, all runs:`);
  out(`  ${line(PEER_LABELS.peer, paint.peer)}`);
  out(`  ${line(PEER_LABELS.whole, paint.whole)}`);
  out(`  ${line("editor, lint off", off)}`);
  out(`  ${line("editor, lint on", on)}`);
  out(
    `  keystroke to idle p99: bare ${percentile(work.peer, 0.99).toFixed(1)} ms, bare whole review ${percentile(work.whole, 0.99).toFixed(1)} ms, lint off ${percentile(work.off.flat(), 0.99).toFixed(1)} ms, lint on ${percentile(work.on.flat(), 0.99).toFixed(1)} ms`,
  );
  out(
    `  lint on: p99 ${on99.toFixed(1)} ms ${on99 <= FRAME_MS ? "<=" : ">"} ${FRAME_MS} ms; p99 on/off ${ratio.toFixed(2)}x ${ratio <= 1.15 ? "<=" : ">"} 1.15x`,
  );
  out(
    `  keystrokes over one 60 Hz frame (${FRAME_MS} ms) to paint: bare ${overFrame(paint.peer)}, bare whole review ${overFrame(paint.whole)}, lint off ${overFrame(off)}, lint on ${overFrame(on)}`,
  );
  const [low, high] = ratioInterval(paint);
  out(`  p99 on/off 95% bootstrap interval (runs, then keystrokes): ${low.toFixed(2)}x to ${high.toFixed(2)}x`);
  const run = characters + WARMUP;
  if (core.on && core.off && core.peer && core.whole)
    out(
      `  renderer main thread per keystroke, on a core / waiting for one: bare ${perKeystroke(core.peer, run)}, bare whole review ${perKeystroke(core.whole, run)}, lint off ${perKeystroke(core.off, run * PAIRS)}, lint on ${perKeystroke(core.on, run * PAIRS)}`,
    );
}

async function main() {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}`);
  if (!Number.isInteger(characters) || characters < 1)
    throw new Error(`characters must be a positive integer, got ${process.argv[2]}`);
  // Two clocks, two runs a pair, one paragraph a run.
  if (!Number.isInteger(PAIRS) || PAIRS < 1 || 4 * PAIRS > TARGETS.length)
    throw new Error(`pairs must be an integer from 1 to ${TARGETS.length / 4}, got ${process.argv[3]}`);
  const { json, words } = buildReview();
  const dir = mkdtempSync(join(tmpdir(), "sfo-lint-bench-"));
  const dbPath = join(dir, "reviews.sqlite");
  writeFileSync(join(dir, "review.json"), JSON.stringify(json));
  execFileSync(
    process.execPath,
    [
      "--conditions=@sfo-review/source",
      "--import",
      "tsx",
      "packages/server/src/cli/main.ts",
      "import",
      join(dir, "review.json"),
      "--name",
      "demo-review",
      "--db",
      dbPath,
    ],
    { cwd: root, stdio: "inherit" },
  );
  const demo = await startDemoServer({ dbPath });
  const harness = await serveHarness(demo.baseUrl);
  const paragraphs = textBlocks(json);
  try {
    out(
      `Review: ${words} words (about ${Math.round(words / 500)} pages, ${paragraphs.length} textblocks); ${characters} keystrokes per run, ${PAIRS} pairs of runs (off and on) per clock`,
    );
    const results = [];
    for (const [i, clock] of CLOCKS.entries())
      results.push({
        clock: clock.name,
        samples: await runClock(chromiumPath, harness.url, paragraphs, clock, i * 2 * PAIRS),
      });
    for (const { clock, samples } of results) summarise(clock, samples);
    out(`\nTargets: keystroke to paint p99 with lint <= ${FRAME_MS} ms and <= 1.15x lint off.`);
  } finally {
    await harness.close();
    await demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
