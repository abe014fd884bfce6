import type { RowRule } from "../plan/RowRule.js";
import { apl001ObjectiveLabel } from "./apl001ObjectiveLabel.js";
import { apl002WhoFor } from "./apl002WhoFor.js";
import { apl003NonDevelopmentalAction } from "./apl003NonDevelopmentalAction.js";
import { apl004MonitoringOnlyAction } from "./apl004MonitoringOnlyAction.js";
import { apl005MeasureMissing } from "./apl005MeasureMissing.js";
import { apl006AttendanceMeasure } from "./apl006AttendanceMeasure.js";
import { apl007AuditWithoutNumber } from "./apl007AuditWithoutNumber.js";
import { apl008AuditWithoutFocus } from "./apl008AuditWithoutFocus.js";
import { apl009MeasureWithoutTimescale } from "./apl009MeasureWithoutTimescale.js";
import { apl010OwnerMissing } from "./apl010OwnerMissing.js";
import { apl011OwnerByName } from "./apl011OwnerByName.js";
import { apl012OwnersIncomplete } from "./apl012OwnersIncomplete.js";
import { apl013DateVague } from "./apl013DateVague.js";
import { apl014DatesNotSeparated } from "./apl014DatesNotSeparated.js";
import { apl015DateLogic } from "./apl015DateLogic.js";
import { apl016OtherAgencyAction } from "./apl016OtherAgencyAction.js";
import { apl017NationalWithoutAgreement } from "./apl017NationalWithoutAgreement.js";
import { apl018OtherRegionOrPrison } from "./apl018OtherRegionOrPrison.js";
import { apl023StaffAbsentOrLeft } from "./apl023StaffAbsentOrLeft.js";
import { apl024NotStandalone } from "./apl024NotStandalone.js";
import { apl025NoFallback } from "./apl025NoFallback.js";

/** Every rule over one learning row (DOMAIN.md §4.8). */
export const rowRules: readonly RowRule[] = [
  apl001ObjectiveLabel,
  apl002WhoFor,
  apl003NonDevelopmentalAction,
  apl004MonitoringOnlyAction,
  apl005MeasureMissing,
  apl006AttendanceMeasure,
  apl007AuditWithoutNumber,
  apl008AuditWithoutFocus,
  apl009MeasureWithoutTimescale,
  apl010OwnerMissing,
  apl011OwnerByName,
  apl012OwnersIncomplete,
  apl013DateVague,
  apl014DatesNotSeparated,
  apl015DateLogic,
  apl016OtherAgencyAction,
  apl017NationalWithoutAgreement,
  apl018OtherRegionOrPrison,
  apl023StaffAbsentOrLeft,
  apl024NotStandalone,
  apl025NoFallback,
];
