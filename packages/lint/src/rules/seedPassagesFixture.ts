/**
 * Passages quoted from the seed documents (DOMAIN.md §8 F-11) that the rules must leave alone, copied here so that the
 * tests do not read files outside the repository.
 */
export const seedPassages = {
  /** 003 §3.4.4, the model "Impact and significance" paragraph. */
  modelParagraph003:
    "The initial risk assessment in this case was insufficient. There was a lack of consideration given to all areas of known risk, particularly the supervised individual's substance misuse. As a result, neither the risk management plan nor the sentence plan addressed key risk areas and no contingency arrangements were identified. This meant that when the supervised individual disclosed a lapse into cocaine use, the PP's response was weak based on their limited understanding of the supervised individual's past pattern of substance misuse.",
  /** 001, "Sufficient judgements": a judgement above the individual. */
  releasePeriod001:
    "At no stage within this release period is there any recorded management oversight from any SPO [senior probation officer] about the decision to keep the case with the probation practitioner, despite most managers in this probation delivery unit (PDU) being aware of issues, which the probation practitioner continued to flag for several months. During this period, there is evidence that the managers in this probation delivery unit did not always work as cohesively as they could and could have done more joint management to help each other, which would have helped staff wellbeing. Actions have therefore been set around this.",
  /** 001, "Sufficient judgements": a judgement on the PDU Head. */
  pduHead001:
    "The PDU Head did not provide evidence of the current process in place for delivery of MAPPA⁹ Level 1 reviews in the PDU and as such, I am not confident that there is one in place. I have sourced data around current delivery of MAPPA Level 1 reviews in the area and there is a high level of Level 1 reviews overdue in the PDU. This area has been impacted by the lack of formal cover for sickness leave and the staffing situation generally however, there is a lack of consistency and organisation around the tracking and delivery of MAPPA Level 1 reviews in the PDU. I am aware that MAPPA Level 1 reviews are being revisited regionally to improve the delivery of such and therefore an action has been set specifically for the PDU to consider how they work alongside this process and implement a consistent and robust application of the policy.",
  /** 001, the McSweeney paragraph. */
  noOasys001:
    "No OASys assessment was completed after his custodial sentence was imposed in April 2022. Owing to a delay in allocating his case, the PO was not able to complete an OASys before his release in June 2022. Mr McSweeney was therefore released with no formal risk assessment having been completed since February 2021. His overall risk of serious harm level was inaccurately assessed as medium when it should have been high. He was viewed as a 'medium risk acquisitive offender'. Had he been correctly assessed as high risk of serious harm, specifically in respect of other prisoners, staff, known adults and the public, the planning for release, licence conditions, reporting instructions, and action taken when he failed to attend on release could have been significantly different and potentially more urgent. He may also have been eligible for MAPPA management, and for an approved premises (AP) placement, which would have afforded more monitoring of his risk in the community as well as opportunities for rehabilitation.",
} as const;
