import { Field, InputType, Int } from "type-graphql";
import { GrantTo, MeasureInitiator, NoteKind, NoteTemplate, NoteUnitKind } from "./enums.js";

@InputType({ description: "The person whose journal it is. Give the date of birth or the age, one of them." })
export class AccessPersonInput {
  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; the age is taken on the day asked about.' })
  birthDate?: string | null;

  @Field(() => Int, { nullable: true, description: "Whole years on the day asked about." })
  age?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  protectedIdentity!: boolean;

  @Field(() => Boolean, { defaultValue: true, description: "Has an e-ID." })
  hasEId!: boolean;

  @Field(() => Boolean, { defaultValue: true, description: "Has a full personnummer, not a coordination number." })
  fullPersonnummer!: boolean;
}

@InputType({ description: "A guardian, named so the answer and the measures can refer to them (e.g. Mamma)." })
export class AccessGuardianInput {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { defaultValue: false })
  protectedIdentity!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Blocked by care (child under 13)." })
  blocked!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Has sealed their own whole journal." })
  ownJournalSealed!: boolean;
}

@InputType({ description: "A god man or förvaltare appointed by the court." })
export class LegalRepresentativeInput {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: "The principal consents that confidentiality shall not apply to the representative." })
  consent!: boolean;

  @Field(() => Boolean, { description: "The court order has been shown." })
  courtOrder!: boolean;
}

@InputType({ description: "A locked login to the e-services; at most three months." })
export class LoginLockInput {
  @Field(() => MeasureInitiator)
  initiatedBy!: "RESIDENT" | "CARE";

  @Field(() => String, { description: '"YYYY-MM-DD".' })
  from!: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; left out, the lock ends three months after `from`.' })
  until?: string | null;

  @Field(() => String, { nullable: true, description: "Skåne, child under 13: the automatic seal applies to this guardian only." })
  onlyGuardian?: string | null;
}

@InputType({ description: "A sealed journal: the whole journal or one care unit, optionally for a period. A seal by care needs an end date." })
export class SealInput {
  @Field(() => MeasureInitiator)
  initiatedBy!: "RESIDENT" | "CARE";

  @Field(() => String, { nullable: true, description: "The care unit; left out, the whole journal." })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true, description: "Sealed only for this guardian." })
  onlyGuardian?: string | null;
}

@InputType({ description: "A decision granting access to the journal for a child aged 13–15." })
export class AccessGrantInput {
  @Field(() => GrantTo)
  to!: "CHILD" | "GUARDIAN";

  @Field(() => String, { nullable: true, description: "The clinic; required for the child's own access." })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: "The guardian's name; required for a guardian's access." })
  guardian?: string | null;
}

@InputType({ description: "A family and the measures in force on a day." })
export class AccessScenarioInput {
  @Field(() => String, { description: "Kronoberg or Skåne: the regions whose rules are described." })
  region!: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; today in Sweden when left out.' })
  on?: string | null;

  @Field(() => AccessPersonInput)
  person!: AccessPersonInput;

  @Field(() => [AccessGuardianInput], { nullable: true })
  guardians?: AccessGuardianInput[] | null;

  @Field(() => LegalRepresentativeInput, { nullable: true })
  legalRepresentative?: LegalRepresentativeInput | null;

  @Field(() => LoginLockInput, { nullable: true })
  loginLock?: LoginLockInput | null;

  @Field(() => [SealInput], { nullable: true })
  seals?: SealInput[] | null;

  @Field(() => [AccessGrantInput], { nullable: true })
  grants?: AccessGrantInput[] | null;
}

@InputType({ description: "A journal note, to ask whether it shows online." })
export class NoteInput {
  @Field(() => String)
  region!: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; today in Sweden when left out.' })
  on?: string | null;

  @Field(() => NoteTemplate, { defaultValue: "STANDARD" })
  template!: "STANDARD" | "EARLY_HYPOTHESES" | "VIOLENCE_IN_CLOSE_RELATIONSHIPS" | "CHILD_AT_RISK" | "SOCIAL_SERVICES_HEALTH_EXAMINATION";

  @Field(() => NoteKind, { defaultValue: "NOTE" })
  kind!: "NOTE" | "REFERRAL" | "REFERRAL_ANSWER";

  @Field(() => NoteUnitKind, { defaultValue: "SOMATIC" })
  unitKind!: "SOMATIC" | "ADULT_PSYCHIATRY" | "CHILD_PSYCHIATRY" | "FORENSIC_PSYCHIATRY";

  @Field(() => String)
  writtenOn!: string;

  @Field(() => String, { nullable: true })
  patientBirthDate?: string | null;

  @Field(() => Int, { nullable: true })
  patientAgeThen?: number | null;

  @Field(() => Boolean, { defaultValue: true, description: "Definitively signed." })
  signed!: boolean;

  @Field(() => String, { nullable: true, description: "Admitted to psychiatric inpatient care on this day." })
  admittedFrom?: string | null;

  @Field(() => String, { nullable: true })
  dischargedOn?: string | null;
}

@InputType({ description: "A resident's question about a child's journal online, in the resident's own terms." })
export class ResidentAccessQuestionInput {
  @Field(() => String)
  region!: string;

  @Field(() => Int, { description: "The child's age today, 0 to 17." })
  childAge!: number;

  @Field(() => Boolean, { defaultValue: false })
  childProtectedIdentity!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "You have protected personal data." })
  guardianProtectedIdentity!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "You have sealed your own whole journal." })
  guardianOwnJournalSealed!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Care has decided that you may read the child's journal (ages 13–15)." })
  guardianGranted!: boolean;
}
