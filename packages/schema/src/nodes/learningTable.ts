import { Node } from "@tiptap/core";
import { createCellNode } from "./createCellNode.js";

export { whoForLevels, type WhoForLevel } from "../config/levels.js";

/** The six columns of the learning table, with their exact headings (DOMAIN.md §2.2.2). */
export const learningColumns = [
  { name: "learningObjective", title: "Area for improvement (outcome focused objective)" },
  { name: "learningWhoFor", title: "Who the action is for" },
  { name: "learningAction", title: "Action required to improve practice (organisational and individual)" },
  { name: "learningMeasure", title: "How improvements in practice will be measured" },
  { name: "learningOwners", title: "Owner" },
  { name: "learningDates", title: "Date for completion" },
] as const;

export const LearningObjective = createCellNode({ ...learningColumns[0], content: "paragraph+" });
export const LearningAction = createCellNode({ ...learningColumns[2], content: "paragraph+" });
export const LearningMeasure = createCellNode({ ...learningColumns[3], content: "paragraph+" });

/** "Who the action is for": one level from a fixed list, or not yet chosen. */
export const LearningWhoFor = Node.create({
  name: "learningWhoFor",
  atom: true,
  addAttributes() {
    return { level: { default: null } };
  },
  parseHTML() {
    return [{ tag: "div[data-cell=learningWhoFor]", getAttrs: (el) => ({ level: el.getAttribute("data-level") }) }];
  },
  renderHTML({ node }) {
    const level = node.attrs.level as string | null;
    return ["div", { "data-cell": "learningWhoFor", "data-level": level ?? "", class: "sfo-cell" }, level ?? ""];
  },
});

/** Owners: identifiers from the people register (PP1, SPO2, PDU1), never names. */
export const LearningOwners = Node.create({
  name: "learningOwners",
  atom: true,
  addAttributes() {
    return { owners: { default: [] } };
  },
  parseHTML() {
    return [
      {
        tag: "div[data-cell=learningOwners]",
        getAttrs: (el) => ({ owners: (el.getAttribute("data-owners") ?? "").split(",").filter(Boolean) }),
      },
    ];
  },
  renderHTML({ node }) {
    const owners = node.attrs.owners as string[];
    return [
      "div",
      { "data-cell": "learningOwners", "data-owners": owners.join(","), class: "sfo-cell" },
      owners.join(", "),
    ];
  },
});

/** Dates for completion: the action date and the measurement date are kept apart (APL-013, APL-014). */
export const LearningDates = Node.create({
  name: "learningDates",
  atom: true,
  addAttributes() {
    return {
      actionDate: { default: null },
      measureDate: { default: null },
      qualifier: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "div[data-cell=learningDates]",
        getAttrs: (el) => ({
          actionDate: el.getAttribute("data-action-date") || null,
          measureDate: el.getAttribute("data-measure-date") || null,
          qualifier: el.getAttribute("data-qualifier") ?? "",
        }),
      },
    ];
  },
  renderHTML({ node }) {
    const { actionDate, measureDate, qualifier } = node.attrs as {
      actionDate: string | null;
      measureDate: string | null;
      qualifier: string;
    };
    return [
      "div",
      {
        "data-cell": "learningDates",
        "data-action-date": actionDate ?? "",
        "data-measure-date": measureDate ?? "",
        "data-qualifier": qualifier,
        class: "sfo-cell",
      },
      [actionDate, measureDate, qualifier].filter(Boolean).join(" / "),
    ];
  },
});

/** One learning point: exactly the six cells, in order. */
export const LearningRow = Node.create({
  name: "learningRow",
  content: learningColumns.map((column) => column.name).join(" "),
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-id"),
        renderHTML: (a) => (a.id ? { "data-id": a.id } : {}),
      },
      findingId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-finding-id"),
        renderHTML: (a) => (a.findingId ? { "data-finding-id": a.findingId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-learning-row]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", { ...HTMLAttributes, "data-learning-row": "", class: "sfo-learning-row" }, 0];
  },
});

/** The learning table of the action plan (Annex E). */
export const LearningTable = Node.create({
  name: "learningTable",
  content: "learningRow*",
  defining: true,
  isolating: true,
  parseHTML() {
    return [{ tag: "div[data-learning-table]" }];
  },
  renderHTML() {
    return [
      "div",
      { "data-learning-table": "", class: "sfo-learning-table" },
      ["h3", { contenteditable: "false" }, "Learning"],
      ["div", { class: "sfo-learning-rows" }, 0],
    ];
  },
});

/**
 * The action plan (Annex E): its two distinct sections, good practice to share and then
 * learning (002_c93561fd931adb89.txt, intro). Only here can either table exist.
 */
export const ActionPlan = Node.create({
  name: "actionPlan",
  content: "goodPracticeTable learningTable",
  defining: true,
  isolating: true,
  parseHTML() {
    return [{ tag: "section[data-action-plan]" }];
  },
  renderHTML() {
    return [
      "section",
      { "data-action-plan": "", class: "sfo-section sfo-action-plan" },
      ["h2", { contenteditable: "false", class: "sfo-section-title" }, "Action plan"],
      ["div", { class: "sfo-section-body" }, 0],
    ];
  },
});
