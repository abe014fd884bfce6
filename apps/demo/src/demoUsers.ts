import type { Role } from "@sfo-review/schema";

/** The people of the demo. Synthetic names, one per role in the review workflow. */
export const demoUsers = [
  { key: "rm", id: "demo-rm", name: "Rowan Reviewer", role: "editor", job: "Reviewing manager (RM)" },
  { key: "lead", id: "demo-lead", name: "Sasha Lead", role: "editor", job: "SFO lead (internal QA)" },
  { key: "cm", id: "demo-cm", name: "Casey Countersign", role: "countersigner", job: "Countersigning manager" },
  {
    key: "inspector",
    id: "demo-inspector",
    name: "Indra Inspector",
    role: "inspector",
    job: "HM Inspectorate of Probation",
  },
  { key: "viewer", id: "demo-viewer", name: "Val Viewer", role: "viewer", job: "Head of PDU (read only)" },
] as const satisfies readonly { key: string; id: string; name: string; role: Role; job: string }[];

export type DemoUserKey = (typeof demoUsers)[number]["key"];
