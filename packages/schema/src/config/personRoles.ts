/**
 * Roles of the people named in an SFO case. Staff are referred to by identifiers built
 * from these roles (PP1, SPO2, PDU1; DOMAIN.md §7.3 point 16); victims and the supervised
 * individual by initials or letters. Only staff roles can own an action.
 */
export const personRoles = [
  "probation-practitioner",
  "senior-probation-officer",
  "head-of-pdu",
  "quality-development-officer",
  "prison-offender-manager",
  "community-offender-manager",
  "head-of-offender-management-delivery",
  "approved-premises-staff",
  "court-probation-practitioner",
  "victim-liaison-officer",
  "senior-manager",
  "reviewing-manager",
  "countersigning-manager",
  "sfo-lead",
  "staff-group",
  "supervised-individual",
  "victim",
  "family-member",
  "partner-agency",
  "third-party",
] as const;
export type PersonRole = (typeof personRoles)[number];

export const personRoleLabels: Readonly<Record<PersonRole, string>> = {
  "probation-practitioner": "Probation practitioner (PP)",
  "senior-probation-officer": "Senior probation officer (SPO)",
  "head-of-pdu": "Head of probation delivery unit (PDU)",
  "quality-development-officer": "Quality development officer (QDO)",
  "prison-offender-manager": "Prison offender manager (POM)",
  "community-offender-manager": "Community offender manager (COM)",
  "head-of-offender-management-delivery": "Head of offender management delivery (HOMD)",
  "approved-premises-staff": "Approved premises staff (AP)",
  "court-probation-practitioner": "Court probation practitioner (CPP)",
  "victim-liaison-officer": "Victim liaison officer (VLO)",
  "senior-manager": "Senior manager (SM)",
  "reviewing-manager": "Reviewing manager (RM)",
  "countersigning-manager": "Countersigning manager (CM)",
  "sfo-lead": "SFO lead",
  "staff-group": "Group of staff (e.g. all PDU SPOs)",
  "supervised-individual": "Supervised individual",
  victim: "Victim",
  "family-member": "Family member of a victim",
  "partner-agency": "Partner agency worker",
  "third-party": "Other person",
};

/** Roles whose holders are probation staff and so may own plan actions (APL-010 to APL-012). */
export const staffRoles: readonly PersonRole[] = personRoles.filter(
  (role) => !["supervised-individual", "victim", "family-member", "partner-agency", "third-party"].includes(role),
);

export const staffStatuses = ["in post", "absent", "left"] as const;
export type StaffStatus = (typeof staffStatuses)[number];
