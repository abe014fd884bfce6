/** The documents of the demo's synthetic case, each stored under its own name. */
export const demoDocuments = [
  { name: "demo-review", title: "SFO review and action plan", sample: "review" },
  { name: "demo-action-plan-update", title: "Action plan update", sample: "actionPlanUpdate" },
  { name: "demo-qa-checklist", title: "Internal QA and countersigning checklist", sample: "qaChecklist" },
  { name: "demo-qa-feedback", title: "QA feedback", sample: "qaFeedback" },
  { name: "demo-redaction-log", title: "Redaction log", sample: "redactionLog" },
  { name: "demo-response-plan", title: "Response to inspectorate recommendations", sample: "responsePlan" },
] as const;

export type DemoDocument = (typeof demoDocuments)[number];

/** Reviews created from the template in the demo are named with this prefix. */
export const newReviewPrefix = "demo-new-";
