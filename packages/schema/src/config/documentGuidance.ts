/**
 * Guidance the editor shows for an empty part of a document, keyed by node type. Templates
 * never put placeholder text into the content: the editor reads this table instead, so the
 * guidance can change (a new version) without touching any document. Sources are DOMAIN.md §2.
 */
export const documentGuidance = {
  version: "sfo-guidance-2025.1",
  nodes: {
    caseRecord: "Case details from the notification. The SFO reference contains the surname and is never shared.",
    peopleRegister:
      "Everyone named in the case: the identifier used in the text (PP1, SPO2, PDU1, Victim A), their real name, role, pronouns and status.",
    frontMatter: "The legal basis for sharing the review with victims and families (DPA 2018, Part 3).",
    summary:
      "The critical issues across assessment, planning, implementation and reviewing; good practice and deficiencies; how known risk to the victim was managed; the significance of crucial decisions and missed opportunities; the reasons behind them; action already taken and next steps.",
    background:
      "The index offence and current order or licence, a sensitive summary of the SFO, other agencies and parallel reviews, equality information, and who was interviewed.",
    intervieweeTable: "Each member of staff: interviewed or not, and the reason if not.",
    risk: "The initial risk assessment: who is at risk, the nature of the risk, imminence, levels, and changes during the period with the reasons. Safeguarding, domestic abuse, stalking, gang and organised crime history, MAPPA involvement, and whether checks were by the responsible officer or by you.",
    analysis:
      "Chronological entries under each stage. Say what happened, what was expected, why practice fell short, and its significance and impact.",
    entryEvents:
      "What happened and a critical analysis against expected practice. Include a disclosable summary of anything in the not-for-disclosure column.",
    entryJudgements:
      "Why it happened (interviews, workload figures, oversight, training, systems) and your judgement on sufficiency.",
    entryLearning: "Crucial decisions, missed opportunities and the learning, or why no action is needed.",
    entryNotForDisclosure: "Third-party and personal information to be removed before sharing.",
    judgements:
      "Clear and balanced judgements on practice at all levels, systemic factors, management oversight and partnership working.",
    learning:
      "The learning at individual, team, PDU, regional and national level, and where no learning is needed, why.",
    glossary:
      "Every term and acronym the review uses, with a plain-English definition. Remove terms the review does not use.",
    recordsExamined: "The records you examined, and any you could not obtain.",
    localGuidance: "Local guidance that informed the review and is not nationally issued.",
    goodPracticeTable:
      "Good practice to share: the specific practice, who it is shared with, how, and how sharing is monitored.",
    learningTable:
      "One row per outcome-focused objective: developmental actions, measures that state the number of cases and when, owners by role, and separate dates for the action and the measurement.",
    actionPlanUpdate: "Progress against every objective, the result of each measure, and the impact on practice.",
    qaStandard: "Why the rating was given, where the standard was met, and how to improve.",
    checklistAnswers: "Answer every item Yes or No, with a comment where the answer is No.",
    redactionEntry:
      "What was removed (a gist for the senior manager), the arguments for and against, the tests applied, the decision and the sign-off.",
    responseIntroduction: "The standard introduction to HMPPS action plans.",
    responseRecommendation:
      "The recommendation as published, the category, the reason category unless Agreed, and one row per action with its owner and target date.",
  },
  analysisStagePrompts: {
    assessment: [
      "First assessment of the period in full, including the pre-sentence report where relevant",
      "Information used and gaps; who is at risk; nature, imminence and level of harm",
      "Countersigning practice",
    ],
    planning: [
      "Risk management plan: supervision, monitoring and control, interventions, victim safety, contingency",
      "Sentence plan, and pre-release planning in custody cases",
      "Countersigning practice",
    ],
    implementation: [
      "Allocation, delivery of the plans, enforcement, home visits, information sharing",
      "Professional curiosity and response to new risk",
      "Management oversight and case transfers",
    ],
    reviewing: [
      "Reviews after significant changes, on what was known at the time",
      "Review of the risk management plan and sentence plan with other agencies",
      "Countersigning practice",
    ],
  },
} as const;

/** The legal basis statement that opens a review (003_953444ce864c2fe1.txt §7.1, Appendix 1; DPA 2018, not "2019"). */
export const legalBasisStatement = {
  version: "dpa-2018-part-3-v1",
  paragraphs: [
    "This review is shared with victims and their families who have a legitimate interest in it. The Probation Service processes personal data for a law enforcement purpose under Part 3 of the Data Protection Act 2018.",
    "Processing is necessary for the performance of a task carried out by a competent authority (section 35(2)(b)). Sensitive data is processed under section 35(5) and Schedule 8: paragraph 1 (statutory function and substantial public interest), paragraph 2 (administration of justice) and paragraph 5 (information the person has made public).",
  ],
} as const;

/** The standard introduction of an HMPPS response-to-recommendations action plan (DOMAIN.md §2.7). */
export const responseIntroductionText = {
  version: "hmpps-response-2025",
  paragraphs: [
    "In response to the report, HMPPS and the MoJ draft an action plan to address the recommendations. The action plan confirms whether each recommendation is agreed, partly agreed or not agreed. Where a recommendation is agreed or partly agreed, the action plan gives the specific steps to address it.",
    "Actions are clear, measurable, achievable and relevant, with the owner and timescale of each step clearly identified. Action plans are sent to the inspectorate and published on GOV.UK, and progress against them is monitored and reported on.",
  ],
} as const;
