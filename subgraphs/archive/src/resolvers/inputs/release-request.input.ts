import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DeliveryChannel, HarmDecision, IncomingChannel, LegalBasis, ReleaseStatus, ReleaseStep, RequestSubject } from "../../entities/release-enums.js";

/** Every field may be missing here so that the rules can name each missing one (rules/release-request-input.ts). */
@InputType()
export class ReleaseRequestInput {
  @Field(() => RequestSubject, { nullable: true })
  subject?: RequestSubject | null;

  @Field(() => String, { nullable: true, description: "The patient's personnummer, for a child or someone else." })
  patientPersonnummer?: string | null;

  @Field(() => String, { nullable: true })
  patientName?: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; the period or the injury date is required.' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true })
  periodTo?: string | null;

  @Field(() => String, { nullable: true })
  injuryDate?: string | null;

  @Field(() => String, { nullable: true })
  injuryOrCause?: string | null;

  @Field(() => String, { nullable: true })
  careUnit?: string | null;

  @Field(() => LegalBasis, { nullable: true })
  legalBasis?: LegalBasis | null;

  @Field(() => String, { nullable: true })
  otherInformation?: string | null;

  @Field(() => DeliveryChannel, { nullable: true })
  deliveryWanted?: DeliveryChannel | null;

  @Field(() => [ID], { nullable: true, description: "Ids from POST /attachments, uploaded by the same person." })
  attachmentIds?: string[] | null;
}

@InputType()
export class ReleaseStepInput {
  @Field(() => ReleaseStep)
  step!: ReleaseStep;

  @Field(() => HarmDecision, { nullable: true })
  harmDecision?: HarmDecision | null;

  @Field(() => String, { nullable: true })
  harmReasons?: string | null;

  @Field(() => String, { nullable: true, description: "Required for a refusal: the decision, with how to appeal it." })
  decisionText?: string | null;

  @Field(() => DeliveryChannel, { nullable: true })
  sentChannel?: DeliveryChannel | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  sentOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export enum QueueAssignee {
  ANY = "ANY",
  ME = "ME",
  UNASSIGNED = "UNASSIGNED",
}

export enum QueueSort {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
  BY_STATUS = "BY_STATUS",
}
registerEnumType(QueueAssignee, { name: "ReleaseQueueAssignee" });
registerEnumType(QueueSort, { name: "ReleaseQueueSort" });

@InputType()
export class ReleaseQueueFilter {
  @Field(() => [ReleaseStatus], { nullable: true })
  status?: ReleaseStatus[] | null;

  @Field(() => QueueAssignee, { nullable: true, defaultValue: QueueAssignee.ANY })
  assignee?: QueueAssignee | null;

  @Field(() => IncomingChannel, { nullable: true })
  incomingChannel?: IncomingChannel | null;
}

@InputType()
export class RecordIndexSearchInput {
  @Field(() => String, { nullable: true })
  personnummer?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the patient's name." })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: "Records with contact in or after this year." })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Records with contact in or before this year." })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: "Part of the unit's or enterprise's name." })
  unit?: string | null;

  @Field(() => String, { description: "Why you search: required, written to the access log." })
  purpose!: string;
}
