import { legalBasisStatement } from "../config/documentGuidance.js";
import type { GoodPracticeRowInput, LearningRowInput, ReviewInput } from "../document/jsonBuilders.js";
import { sampleCaseHeader } from "./sampleCasePeople.js";

/** The sample plan rows, shared by the review and the standalone action plan with its update. */
export const sampleGoodPracticeRows: GoodPracticeRowInput[] = [
  {
    id: "GP1",
    findingId: "E8",
    objective: [
      "To develop practice across the team in responding to new risk information by sharing PP2's approach of arranging an emergency professionals meeting with police and children's services on the day a risk disclosure was received.",
    ],
    sharedWith: "Team",
    action: [
      "SPO2 to brief the team at the next monthly team meeting on the case background, PP2's response and the key steps for convening an emergency professionals meeting, including who to invite and how to record the safety plan.",
    ],
    monitoring: [
      "PDU1 to discuss delivery of the briefing with SPO2 in supervision and confirm that the objective has been met.",
    ],
    owners: ["SPO2", "PDU1"],
    actionDate: "2025-07-15",
    measureDate: "2025-09-15",
    qualifier: "Briefing at the July team meeting; PDU1 and SPO2 discussion in September supervision",
  },
];

export const sampleLearningRows: LearningRowInput[] = [
  {
    id: "LP1",
    findingId: "E1",
    objective: [
      "PP1 to evidence effective practice in domestic abuse cases, including requesting police domestic abuse checks at the start of supervision and when a new relationship is disclosed, and using the results in the risk assessment and risk management plan.",
    ],
    whoFor: "Individual",
    action: [
      "SPO2 to hold a reflective discussion with PP1 about the findings of the review and the domestic abuse policy.",
      "QDO to deliver two one-to-one sessions with PP1 on analysing domestic abuse information in assessments and planning victim safety actions.",
    ],
    measure: [
      "On completion of the actions, SPO2 to audit six of PP1's domestic abuse cases to check that (a) checks were requested at the start and on any new relationship, (b) the results are analysed in the assessment, and (c) the risk management plan contains victim safety actions. If fewer than six cases are available, extend the audit by four weeks. If the audit shows gaps, SPO2 and QDO to agree further one-to-one sessions.",
    ],
    owners: ["PP1", "SPO2", "QDO", "PDU1"],
    actionDate: "2025-07-31",
    measureDate: "2025-10-31",
    qualifier: "Reflective discussion and QDO sessions by 31 July; audit within three months of the sessions",
  },
  {
    id: "LP2",
    findingId: "E2",
    objective: [
      "SPO2 to evidence robust countersigning of assessments completed by newly qualified officers, making sure that risk of serious harm to known adults and children is analysed and that domestic abuse checks have been requested.",
    ],
    whoFor: "Individual",
    action: [
      "PDU1 to hold a reflective supervision session with SPO2 on the countersigning findings of this review and the countersigning guidance.",
      "SPO2 to attend the regional countersigning skills workshop and agree a countersigning checklist for newly qualified officers with QDO.",
    ],
    measure: [
      "PDU1 to review ten assessments countersigned by SPO2 in the three months after the workshop, checking that countersigning comments address risk to known adults and children and the domestic abuse checks. PDU1 to record the findings in SPO2's supervision notes.",
    ],
    owners: ["SPO2", "PDU1", "QDO"],
    actionDate: "2025-08-29",
    measureDate: "2025-11-28",
    qualifier: "",
  },
  {
    id: "LP3",
    findingId: "E6",
    objective: [
      "Northdale PDU to ensure that newly qualified officers receive a structured induction on domestic abuse checks and that senior probation officers' spans of oversight are manageable.",
    ],
    whoFor: "PDU",
    action: [
      "PDU1 to review the spans of oversight of all SPOs and rebalance teams.",
      "SPO6, as the PDU domestic abuse lead, to add a module on domestic abuse checks to the PDU induction and brief all SPOs on it.",
    ],
    measure: [
      "SPO6 to audit 15 cases allocated to newly qualified officers in the PDU for evidence of domestic abuse checks and their use in assessments. PDU1 to report span-of-oversight figures to the Head of Operations every quarter.",
    ],
    owners: ["PDU1", "SPO6", "All PDU SPOs"],
    actionDate: "2025-09-30",
    measureDate: "2026-01-30",
    qualifier: "Spans reviewed by 30 September; induction module by 31 October; audit by 30 January",
  },
];

/** The sample SFO review: a plain-English review of an invented domestic abuse case. */
export function sampleReviewInput(): ReviewInput {
  return {
    ...sampleCaseHeader,
    frontMatter: [...legalBasisStatement.paragraphs],
    summary: [
      "Mr K was released from prison on licence in August 2024 and supervised by PP1, who had qualified four months earlier. In February 2025 he was charged with the attempted murder of Ms B, his partner at the time.",
      "The initial assessment of Mr K's risk did not take account of his history of domestic abuse towards a former partner, A. PP1 did not request police domestic abuse checks at the start of supervision or when Mr K disclosed his relationship with Ms B in October 2024. As a result, the risk management plan contained no actions to protect Ms B, and the police call-out to Ms B's home in December 2024 did not lead to a review of the risk.",
      "These were missed opportunities. With the checks in place, the risk to Ms B is likely to have been assessed as high, and Mr K's contact, home visits and liaison with the police and children's services would have been more frequent. I cannot say whether this would have prevented the offence.",
      "The reasons go beyond PP1's individual practice. PP1's workload was 128% of capacity for most of the period. SPO2 was responsible for fourteen staff across four offices and countersigned the assessment without comment. The PDU induction for newly qualified officers did not cover domestic abuse checks.",
      "There was also good practice. When Ms B told PP2 about her fears in February 2025, PP2 arranged an emergency professionals meeting with the police and children's services on the same day, and a safety plan was agreed.",
      "The PDU has already started to rebalance SPO teams. The action plan sets out developmental work for PP1 and SPO2, changes to the PDU induction, and audits to measure whether practice has improved.",
    ],
    background: [
      "In 2023 Mr K was sentenced to 20 months' imprisonment for assault occasioning actual bodily harm against A, his former partner. He was released on licence on 14 August 2024 to live with his mother. His licence included conditions to disclose new relationships and not to contact A.",
      "On 14 February 2025 Mr K was arrested after a serious assault on Ms B at her home. He was charged with attempted murder on 15 February 2025. Ms B survived her injuries. The police, children's services and the local domestic abuse service were involved with Ms B and her child. The community safety partnership has asked for this review to inform a multi-agency learning review.",
      "Mr K is a White British man aged 34. He has no recorded disability. He told PP1 that he had used cannabis daily before his sentence.",
      "I interviewed the staff listed below. POM1, who managed Mr K in custody, has left the Probation Service and did not respond to an invitation to be interviewed.",
    ],
    interviewees: [
      { identifier: "PP1", role: "Probation practitioner (responsible officer)", interviewed: true, reason: "" },
      { identifier: "PP2", role: "Probation practitioner (duty officer)", interviewed: true, reason: "" },
      { identifier: "SPO2", role: "Senior probation officer (line manager of PP1)", interviewed: true, reason: "" },
      { identifier: "PDU1", role: "Head of PDU", interviewed: true, reason: "" },
      {
        identifier: "POM1",
        role: "Prison offender manager",
        interviewed: false,
        reason: "Left the Probation Service in October 2024 and did not respond to two invitations.",
      },
    ],
    risk: [
      "At the start of the review period Mr K was assessed as presenting a medium risk of serious harm to known adults, specifically former and future partners, and a low risk to children, the public and staff. The assessment identified that the risk would increase if Mr K formed a new relationship, used cannabis or lost his accommodation.",
      "Mr K has a history of domestic abuse. Police records that I obtained for this review show five call-outs to addresses he shared with A between 2019 and 2022, two of which involved threats to kill. PP1 did not have this information, because no police domestic abuse checks were requested. The account in this section rests on checks I made myself.",
      "Mr K was eligible for MAPPA as a category 2 offender and was managed at level 1, by probation alone. No referral for level 2 management was considered during the period, although the disclosure of a new relationship and the police call-out in December 2024 could have prompted one.",
      "Ms B has a child aged six. Children's services had no previous involvement with the family. No safeguarding checks were made with children's services during the review period.",
    ],
    analysis: {
      assessment: [
        {
          id: "E1",
          date: "2024-08-28",
          title: "Initial risk assessment after release",
          events: [
            "PP1 completed the first OASys assessment of the period on 28 August 2024, within the expected timescale. The assessment described the index offence but did not analyse Mr K's earlier domestic abuse towards A. PP1 did not request police domestic abuse checks, which the domestic abuse policy expects at the start of supervision in every case with a history of domestic abuse.",
          ],
          judgements: [
            "PP1 told me that they had not known the checks were needed at the start of a licence, as they thought the prison would have completed them. PP1 had not attended domestic abuse training since qualifying. In my judgement the assessment was insufficient: it underestimated the risk to future partners because it did not use the information available.",
          ],
          learning: [
            "This was a crucial omission. As a result, the risk to any new partner was not understood from the start. Learning point LP1 addresses PP1's practice.",
          ],
          notForDisclosure: [
            "Police records show that A reported threats to kill in 2021 and 2022; she withdrew her support for a prosecution on both occasions.",
          ],
        },
        {
          id: "E2",
          date: "2024-09-04",
          title: "Countersigning of the initial assessment",
          events: [
            "SPO2 countersigned the assessment on 4 September 2024 without comment. The countersigning record does not mention the domestic abuse history or the missing checks.",
          ],
          judgements: [
            "SPO2 told me that they had countersigned over thirty assessments that month across four offices and relied on newly qualified officers to raise concerns. I find that countersigning did not provide the oversight expected for a newly qualified officer. The span of SPO2's responsibilities was a significant underlying reason.",
          ],
          learning: [
            "Learning point LP2 addresses SPO2's countersigning practice; learning point LP3 addresses spans of oversight across the PDU.",
          ],
        },
      ],
      planning: [
        {
          id: "E3",
          date: "2024-08-28",
          title: "Risk management plan and sentence plan",
          events: [
            "The risk management plan set out fortnightly appointments, a home visit within the first month and a referral to a domestic abuse programme. It did not contain victim safety actions or a contingency plan for a new relationship, which the assessment itself had identified as a risk factor.",
          ],
          judgements: [
            "The plan did not follow from the risks identified. PP1 said they had used a previous plan as a model. In my judgement the planning was insufficient because it did not protect potential future partners.",
          ],
          learning: ["This is covered by learning point LP1, which includes planning victim safety actions."],
        },
        {
          id: "E4",
          date: "2024-10-09",
          title: "Disclosure of the relationship with Ms B",
          events: [
            "On 9 October 2024 Mr K told PP1 that he had started a relationship with Ms B. PP1 recorded the disclosure but did not request police checks, contact children's services or update the risk management plan.",
          ],
          judgements: [
            "The licence condition to disclose relationships was working as intended, but the information was not acted on. PP1 told me they were unsure what to do after a disclosure. PP1's workload was 128% on the workload management tool (WMT) that month. I find that the response to the disclosure was insufficient.",
          ],
          learning: [
            "This was a missed opportunity to assess the risk to Ms B and her child. Learning points LP1 and LP3 address it.",
          ],
          notForDisclosure: ["Ms B's address and the name of her child's school were recorded in the case notes."],
        },
      ],
      implementation: [
        {
          id: "E5",
          date: "2024-12-12",
          title: "Police call-out to Ms B's home",
          events: [
            "On 12 December 2024 the police notified probation of a call-out to Ms B's home after a neighbour reported shouting. No offence was recorded. PP1 recorded the notification and discussed it with Mr K at his next appointment, where he said it had been a verbal argument.",
          ],
          judgements: [
            "PP1 accepted Mr K's account without speaking to Ms B or the police. This showed limited professional curiosity. SPO2 was not told about the call-out. In my judgement this was not sufficient.",
          ],
          learning: ["Learning point LP1 covers the response to new risk information."],
        },
        {
          id: "E6",
          date: "2024-08-14",
          dateEnd: "2025-02-14",
          title: "Management oversight and workload",
          events: [
            "PP1's workload was above 120% on the WMT throughout the period. PP1 had three supervision sessions with SPO2 in six months; the case was discussed once.",
          ],
          judgements: [
            "PDU1 told me that two vacancies in the team had not been filled and that SPO2 covered four offices. I find that the PDU's arrangements did not give a newly qualified officer the oversight they needed. This is an organisational issue, not only an individual one.",
          ],
          learning: ["Learning point LP3 addresses spans of oversight and the induction of newly qualified officers."],
        },
      ],
      reviewing: [
        {
          id: "E7",
          date: "2024-12-12",
          title: "No review after the police call-out",
          events: [
            "The risk assessment and risk management plan were not reviewed after the police call-out in December 2024, although the domestic abuse policy expects a review after any domestic abuse incident.",
          ],
          judgements: [
            "This was a crucial decision point. A review would probably have identified that the risk to Ms B was high and led to more frequent contact and joint work with the police and children's services.",
          ],
          learning: ["Learning points LP1 and LP2 address reviewing and countersigning."],
        },
        {
          id: "E8",
          date: "2025-02-07",
          title: "Response to Ms B's disclosure",
          events: [
            "On 7 February 2025, while PP1 was on leave, Ms B contacted the office and told PP2 that she was frightened of Mr K. PP2 arranged an emergency professionals meeting with the police and children's services the same afternoon. A safety plan was agreed and Mr K was warned about his behaviour.",
          ],
          judgements: [
            "PP2's response was prompt and well coordinated, and is good practice that should be shared. PP2 also considered recall; the decision not to recall was reasonable on the information available at the time, as Mr K had not breached his licence conditions.",
          ],
          learning: ["Good practice point GP1 shares PP2's approach with the team."],
          notForDisclosure: ["Ms B gave PP2 a new mobile number, 07700 900123, for safety calls."],
        },
      ],
    },
    judgements: [
      "Overall, the management of Mr K's risk of serious harm was not sufficient. The assessment and the plan did not use Mr K's history of domestic abuse, and the disclosure of a new relationship and the police call-out did not lead to the action that policy expects.",
      "The reasons were both individual and organisational: PP1's limited knowledge of domestic abuse checks, a high workload, countersigning that did not provide effective oversight, and PDU arrangements that stretched SPO2 across four offices. There is no indication that PP1's or SPO2's practice needs to go through performance or disciplinary processes.",
      "Partnership working was effective once Ms B's fears were known, and PP2's response is good practice.",
    ],
    learning: [
      "Learning is needed for PP1 and SPO2 as individuals and for the PDU. I have considered regional and national learning. The regional domestic abuse policy is clear, so no change to policy is needed; the learning is about how it is put into practice.",
      "No learning is identified for POM1, who has left the Probation Service; the prison's pre-release work was not a factor in the issues found.",
    ],
    glossary: [
      {
        term: "OASys",
        expansion: "Offender Assessment System",
        definition: "The assessment probation staff use to understand a person's risks and needs.",
        category: "tool",
      },
      {
        term: "RMP",
        expansion: "risk management plan",
        definition: "The plan that sets out how the risks a person poses will be managed, by whom and when.",
        category: "process",
      },
      {
        term: "RoSH",
        expansion: "risk of serious harm",
        definition:
          "The likelihood of an event causing serious physical or psychological harm that is difficult or impossible to recover from.",
        category: "acronym",
      },
      {
        term: "MAPPA",
        expansion: "multi-agency public protection arrangements",
        definition:
          "Arrangements for police, probation and prisons to work together to manage people who pose a serious risk.",
        category: "process",
      },
      {
        term: "WMT",
        expansion: "workload management tool",
        definition: "A tool that measures a practitioner's workload against their capacity.",
        category: "tool",
      },
      {
        term: "PDU",
        expansion: "probation delivery unit",
        definition: "A local probation office or group of offices.",
        category: "acronym",
      },
      {
        term: "SPO",
        expansion: "senior probation officer",
        definition: "A manager who supervises probation practitioners.",
        category: "acronym",
      },
      {
        term: "QDO",
        expansion: "quality development officer",
        definition: "A member of staff who supports practitioners to develop their practice.",
        category: "acronym",
      },
      {
        term: "Domestic abuse checks",
        expansion: "",
        definition: "Requests to the police and children's services for information about domestic abuse incidents.",
        category: "process",
      },
    ],
    recordsExamined: [
      { recordType: "nDelius case record", period: "August 2024 to February 2025", obtained: true, note: "" },
      { recordType: "OASys assessments", period: "2023 to February 2025", obtained: true, note: "" },
      {
        recordType: "Police domestic abuse call-out records",
        period: "2019 to February 2025",
        obtained: true,
        note: "Requested by me for this review.",
      },
      {
        recordType: "Children's services records",
        period: "2024 to 2025",
        obtained: false,
        note: "Requested on 3 March 2025; not received by the time of writing.",
      },
      { recordType: "WMT reports for PP1", period: "August 2024 to February 2025", obtained: true, note: "" },
    ],
    localGuidance: [
      {
        title: "Northdale PDU practice note: domestic abuse checks for new relationships",
        issuedBy: "Northdale PDU",
        dateIssued: "2023-05-01",
        note: "Not on EQuIP; a copy is kept with the review file.",
      },
    ],
    goodPracticeRows: sampleGoodPracticeRows,
    learningRows: sampleLearningRows,
  };
}
