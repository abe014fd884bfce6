/**
 * The internal QA and countersigning checklist (003_953444ce864c2fe1.txt, Appendix 4; items
 * paraphrased in DOMAIN.md §2.5). It is versioned configuration: the checklist is to be
 * refreshed by October 2025 (000_3e154c21d32457a5.txt, Rec 5), and a document's answers
 * record the version they were given against. Every item is answered Yes or No; an item with
 * `header: true` is the group question ("Does the review provide …? Consider:").
 */
export interface QaChecklistItem {
  id: string;
  text: string;
  header?: boolean;
}
export interface QaChecklistGroup {
  id: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";
  title: string;
  items: readonly QaChecklistItem[];
}
export interface QaChecklistConfig {
  version: string;
  source: string;
  groups: readonly QaChecklistGroup[];
}

export const qaChecklistVersions = ["appendix-4-2022"] as const;
export type QaChecklistVersion = (typeof qaChecklistVersions)[number];

const appendix4v2022: QaChecklistConfig = {
  version: "appendix-4-2022",
  source: "003_953444ce864c2fe1.txt, Appendix 4",
  groups: [
    {
      id: "A",
      title: "Risk and background information",
      items: [
        { id: "A1", text: "Is the review period correct?" },
        {
          id: "A2",
          text: "Does the background give the index offence and current order or licence, a sensitive summary of the SFO, the agencies involved and their role (and any parallel reviews), equality information, who was interviewed and their role, and any staff not interviewed and why?",
        },
        {
          id: "A3",
          text: "Does the initial risk assessment make clear who is at risk, the nature of the risk, and any changes with the reasons for them?",
        },
        {
          id: "A4",
          text: "Is the history of safeguarding, domestic abuse, stalking, serious group offending or gang risk, and serious organised crime clear, and is it based on checks by the responsible officer or on extra checks by the reviewing manager?",
        },
        { id: "A5", text: "Is MAPPA involvement clear?" },
        {
          id: "A6",
          text: "Is there a succinct overview of the supervised individual's history and circumstances relevant to risk?",
        },
      ],
    },
    {
      id: "B",
      title: "Analysis",
      items: [
        {
          id: "B1",
          header: true,
          text: "Does the review provide a robust and transparent analysis of assessment? Consider:",
        },
        {
          id: "B1.1",
          text: "Is the first assessment of the period analysed (and the pre-sentence report where relevant): information used and gaps, risk-related behaviour, criminogenic needs, areas linked to risk of serious harm, who is at risk, the nature of the harm, factors that increase or reduce it, imminence and levels?",
        },
        { id: "B1.2", text: "Is there an overview of earlier assessments that affected the case?" },
        { id: "B1.3", text: "In custody cases, are assessments for HDC, ROTL and parole covered?" },
        {
          id: "B1.4",
          text: "Was the supervised individual involved, are motivation and readiness considered, and is the impact of diversity and personal circumstances covered?",
        },
        { id: "B1.5", text: "Is there enough to understand the risks and the gaps?" },
        { id: "B1.6", text: "Has countersigning practice been examined?" },
        {
          id: "B2",
          header: true,
          text: "Does the review provide a robust and transparent analysis of planning? Consider:",
        },
        {
          id: "B2.1",
          text: "In custody cases: pre-release planning, parole report proposals and Parole Board comments.",
        },
        {
          id: "B2.2",
          text: "Content and quality of the risk management plan, including the contingency plan, the agencies involved, actions, owners and timescales.",
        },
        {
          id: "B2.3",
          text: "Content and quality of the sentence plan, including a safeguarding objective where relevant and the initial level, pattern and type of contact.",
        },
        {
          id: "B2.4",
          text: "Is there enough to understand the gaps, and are links between assessment and planning gaps drawn?",
        },
        { id: "B2.5", text: "Has countersigning practice been examined?" },
        {
          id: "B3",
          header: true,
          text: "Does the review provide a robust and transparent analysis of implementation? Consider:",
        },
        { id: "B3.1", text: "Timeliness and quality of allocation to an appropriate responsible officer." },
        { id: "B3.2", text: "Management during the custodial stage." },
        { id: "B3.3", text: "Delivery of the risk management plan and the sentence plan." },
        { id: "B3.4", text: "Protection of identified and potential victims, including the victim of the SFO." },
        { id: "B3.5", text: "Professional curiosity and a timely, investigative approach to new risks." },
        {
          id: "B3.6",
          text: "Decision-making and enforcement at all levels, the response to escalating risk and whether recall was or should have been considered.",
        },
        { id: "B3.7", text: "Efforts to help the supervised individual engage." },
        {
          id: "B3.8",
          text: "Communication and information sharing, including MAPPA, MARAC, child safeguarding and IOM meeting minutes.",
        },
        { id: "B3.9", text: "Case transfer practice." },
        { id: "B3.10", text: "Line management oversight." },
        {
          id: "B4",
          header: true,
          text: "Does the review provide a robust and transparent analysis of reviewing? Consider:",
        },
        {
          id: "B4.1",
          text: "Was the risk assessment reviewed as expected, including after significant changes, on what was known at the time?",
        },
        { id: "B4.2", text: "Was the risk management plan reviewed, with input from other agencies?" },
        { id: "B4.3", text: "Was the sentence plan reviewed?" },
        { id: "B4.4", text: "Were there other events that should have prompted a review?" },
        { id: "B4.5", text: "Has countersigning practice been examined?" },
        {
          id: "B5",
          text: "Across the analysis: all reasonable action, crucial decisions, missed opportunities, underlying reasons and partnership work are covered, and no questions are left outstanding.",
        },
      ],
    },
    {
      id: "C",
      title: "Judgements",
      items: [
        { id: "C0", header: true, text: "Does the review provide clear and balanced judgements? Consider:" },
        {
          id: "C1",
          text: "An investigative approach: all relevant staff interviewed, conclusions based on all the evidence, and enough understanding of what went wrong and why.",
        },
        {
          id: "C2",
          text: "The views of all relevant staff, challenged where explanations are not valid, with the reviewing manager's own judgement visible throughout.",
        },
        {
          id: "C3",
          text: "Practice of staff at all levels, including comment from senior managers on their own practice, middle managers and the organisational context.",
        },
        { id: "C4", text: "Evidence-based judgements on the sufficiency of practice. Do you agree with them?" },
        {
          id: "C5",
          text: "Systemic and procedural factors, and judgements on the sufficiency of local and national policy.",
        },
        { id: "C6", text: "Good practice highlighted." },
        { id: "C7", text: "Practice that needs to go through performance or discipline processes identified." },
        { id: "C8", text: "Conclusions on partnership working that inform the action plan." },
      ],
    },
    {
      id: "D",
      title: "Learning",
      items: [
        { id: "D1", header: true, text: "Does the review identify the learning? Consider:" },
        { id: "D1.1", text: "Good practice (not expected practice) identified for sharing." },
        {
          id: "D1.2",
          text: "Areas for improvement for staff at all levels, and clarity about where and why no learning is needed.",
        },
        { id: "D1.3", text: "Local, regional and national areas for improvement." },
        { id: "D1.4", text: "Multi-agency improvements." },
        { id: "D2", header: true, text: "Does the action plan capture the learning? Consider:" },
        {
          id: "D2.1",
          text: "Deficiencies addressed for all levels, including absent staff on their return, and a wider caseload audit where there was a clear gap in understanding.",
        },
        {
          id: "D2.2",
          text: "Local, regional and national learning, with national learning agreed with the national policy lead.",
        },
        { id: "D2.3", text: "Enough developmental activity." },
        {
          id: "D2.4",
          text: "SMART actions with clear monitoring: reasonable timescales, and dip samples or audits that state the number of cases and the timeframe.",
        },
        { id: "D2.5", text: "Assurance about sharing learning with partner agencies." },
      ],
    },
    {
      id: "E",
      title: "Victims and their families",
      items: [
        { id: "E1", text: "Are the columns used effectively?" },
        {
          id: "E2",
          text: "Is third-party and personal information in the not-for-disclosure column, with a disclosable summary in the events and analysis column?",
        },
        { id: "E3", text: "Is the language accessible, clear and concise?" },
        { id: "E4", text: "Is the review written sensitively?" },
        { id: "E5", text: "Is expected practice explained accessibly?" },
        { id: "E6", text: "Are the significance and impact of deficiencies explained?" },
        {
          id: "E7",
          text: "Does it focus on practice relevant to the SFO, including management of known risks to the victim?",
        },
        { id: "E8", text: "Are judgements illustrated with examples?" },
        { id: "E9", text: "Is it robust and transparent, unlikely to leave the victim or family with questions?" },
      ],
    },
    {
      id: "F",
      title: "Summary",
      items: [
        {
          id: "F1",
          text: "Does the summary reflect the critical issues across assessment, planning, implementation and reviewing?",
        },
        { id: "F2", text: "Is it balanced, covering key deficiencies and good practice?" },
        { id: "F3", text: "Is it clear how any known risk to the victim of the SFO was managed?" },
        { id: "F4", text: "Does it reflect the themes, with comment on crucial decisions and missed opportunities?" },
        { id: "F5", text: "Does it state how significant the crucial decisions or omissions were, and their impact?" },
        { id: "F6", text: "Does it explain the key issues behind the deficits?" },
        { id: "F7", text: "Does it say what action has been taken already and what the next steps are?" },
      ],
    },
    {
      id: "G",
      title: "Final QA sign-off",
      items: [
        { id: "G1", text: "Are you assured that the Head of PDU has completed a factual accuracy check?" },
        { id: "G2", text: "Are you assured that robust internal QA has taken place?" },
        {
          id: "G3",
          text: "If practice was exceptionally poor, do the countersigning comments refer to any consideration of capability or disciplinary procedures, and to action by another region or agency that played a significant part?",
        },
        { id: "G4", text: "Have all outstanding questions been resolved before submission?" },
      ],
    },
    {
      id: "H",
      title: "Countersignature",
      items: [
        { id: "H1", text: "Has the relevant Head of PDU read the review and agreed that it is factually accurate?" },
        {
          id: "H2",
          text: "Have all learning and implementation issues been shared and discussed with the relevant senior manager?",
        },
        {
          id: "H3",
          text: "Is the review a factually accurate and transparent account that meets the standard for countersigning?",
        },
      ],
    },
  ],
};

export const qaChecklists: Readonly<Record<QaChecklistVersion, QaChecklistConfig>> = {
  "appendix-4-2022": appendix4v2022,
};
export const currentQaChecklist: QaChecklistConfig = appendix4v2022;

/** Every item id of one checklist version, in order. */
export function qaChecklistItemIds(version: QaChecklistVersion): string[] {
  return qaChecklists[version].groups.flatMap((group) => group.items.map((item) => item.id));
}
