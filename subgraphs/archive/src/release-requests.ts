import { randomUUID } from "node:crypto";
import { In, IsNull, MoreThanOrEqual, type EntityManager } from "typeorm";
import { notFound, writeAudit, type SubgraphContext, type Viewer } from "@vardportal/kit";
import { ReleaseAttachment } from "./entities/release-attachment.entity.js";
import { DeliveryChannel, HarmDecision, IncomingChannel, LegalBasis, ReleaseStatus, RequestSubject } from "./entities/release-enums.js";
import { ReleaseRequestEvent } from "./entities/release-request-event.entity.js";
import { ReleaseRequest } from "./entities/release-request.entity.js";
import { UNUSED_ATTACHMENT_TTL_MS } from "./attachments/attachment-rules.js";
import { inputRefused, stepOutOfOrder } from "./input-errors.js";
import { swedishDate } from "./rules/calendar.js";
import { checkRequestInput, type RawRequestInput } from "./rules/release-request-input.js";
import { checkStep, type StepInput } from "./rules/release-lifecycle.js";

const TYPE = "ReleaseRequest";

/** "ARK-2026-00012": the year it arrived and its number that year, so references sort in arrival order. */
export async function nextReferenceNumber(manager: EntityManager, year: string): Promise<string> {
  const last = await manager
    .getRepository(ReleaseRequest)
    .createQueryBuilder("r")
    .select("MAX(r.referenceNumber)", "max")
    .where("r.referenceNumber LIKE :prefix", { prefix: `ARK-${year}-%` })
    .getRawOne<{ max: string | null }>();
  const next = last?.max ? Number(last.max.slice(9)) + 1 : 1;
  return `ARK-${year}-${String(next).padStart(5, "0")}`;
}

export async function addEvent(
  manager: EntityManager,
  ctx: SubgraphContext,
  request: Pick<ReleaseRequest, "id">,
  event: { action: string; fromStatus: ReleaseStatus | null; toStatus: ReleaseStatus; note?: string | null },
): Promise<void> {
  const seq = (await manager.getRepository(ReleaseRequestEvent).countBy({ requestId: request.id })) + 1;
  await manager.insert(ReleaseRequestEvent, {
    id: randomUUID(),
    requestId: request.id,
    seq,
    at: ctx.now,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorSubject: ctx.viewer?.subject ?? "anonymous",
    note: event.note ?? null,
  });
}

/**
 * A resident files a request. Everything is checked before anything is written; the request, its
 * attachments' link and its first history line are written in one transaction.
 */
export async function submitRequest(ctx: SubgraphContext, viewer: Viewer & { personnummer: string }, raw: RawRequestInput): Promise<ReleaseRequest> {
  const today = swedishDate(ctx.now);
  const checked = checkRequestInput(raw, { personnummer: viewer.personnummer }, today);
  if (!checked.ok) throw inputRefused(checked.problems);
  const input = checked.value;
  return ctx.dataSource.transaction(async (manager) => {
    if (input.attachmentIds.length > 0) {
      // Only the uploader's own, unused, still-fresh files: anyone else's id is as good as unknown.
      const found = await manager.getRepository(ReleaseAttachment).findBy({
        id: In(input.attachmentIds),
        uploaderPersonnummer: viewer.personnummer,
        requestId: IsNull(),
        uploadedAt: MoreThanOrEqual(new Date(ctx.now.getTime() - UNUSED_ATTACHMENT_TTL_MS)),
      });
      if (found.length !== input.attachmentIds.length) {
        throw inputRefused([{ field: "attachment", problem: "UNKNOWN_ATTACHMENT", sv: "En bilaga finns inte längre: ladda upp den igen.", en: "An attachment is no longer there: upload it again." }]);
      }
    }
    const request = manager.getRepository(ReleaseRequest).create({
      id: randomUUID(),
      referenceNumber: await nextReferenceNumber(manager, today.slice(0, 4)),
      status: ReleaseStatus.RECEIVED,
      receivedOn: today,
      receivedAt: ctx.now,
      incomingChannel: IncomingChannel.PORTAL,
      submitterPersonnummer: viewer.personnummer,
      submitterSubject: viewer.subject,
      subject: input.subject as RequestSubject,
      patientPersonnummer: input.patientPersonnummer,
      patientName: input.patientName,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      injuryDate: input.injuryDate,
      injuryOrCause: input.injuryOrCause,
      careUnit: input.careUnit,
      legalBasis: input.legalBasis as LegalBasis,
      otherInformation: input.otherInformation,
      deliveryWanted: input.deliveryWanted as DeliveryChannel,
      assigneeSubject: null,
      assigneeName: null,
      harmDecision: null,
      harmReasons: null,
      decisionText: null,
      sentChannel: null,
      sentOn: null,
      invoicedOn: null,
      sample: false,
      updatedAt: ctx.now,
    });
    await manager.insert(ReleaseRequest, request);
    if (input.attachmentIds.length > 0) {
      await manager.update(ReleaseAttachment, { id: In(input.attachmentIds), requestId: IsNull() }, { requestId: request.id });
    }
    await addEvent(manager, ctx, request, { action: "RECEIVED", fromStatus: null, toStatus: ReleaseStatus.RECEIVED });
    // The audit entry names the request, never its personal content.
    await writeAudit(manager, { actor: viewer, action: "CREATE", entityType: TYPE, entityId: request.id, after: { referenceNumber: request.referenceNumber, status: request.status }, requestId: ctx.requestId });
    return request;
  });
}

async function loadForStaff(manager: EntityManager, id: string): Promise<ReleaseRequest> {
  const request = await manager.getRepository(ReleaseRequest).findOneBy({ id });
  if (!request) throw notFound("Release request", id);
  return request;
}

/** Archive staff take (or let go of) a request; the history and the audit log both say so. */
export async function assignRequest(ctx: SubgraphContext, id: string, toMe: boolean): Promise<ReleaseRequest> {
  const viewer = ctx.viewer!;
  return ctx.dataSource.transaction(async (manager) => {
    const request = await loadForStaff(manager, id);
    const before = { assigneeSubject: request.assigneeSubject };
    request.assigneeSubject = toMe ? viewer.subject : null;
    request.assigneeName = toMe ? (viewer.name ?? viewer.subject) : null;
    request.updatedAt = ctx.now;
    await manager.update(ReleaseRequest, { id }, { assigneeSubject: request.assigneeSubject, assigneeName: request.assigneeName, updatedAt: ctx.now });
    await addEvent(manager, ctx, request, { action: toMe ? "ASSIGNED" : "UNASSIGNED", fromStatus: request.status, toStatus: request.status });
    await writeAudit(manager, { actor: viewer, action: "UPDATE", entityType: TYPE, entityId: id, before, after: { assigneeSubject: request.assigneeSubject }, requestId: ctx.requestId });
    return request;
  });
}

/**
 * One step of the archive's work. The rules decide whether the step may be taken now; the UPDATE
 * also checks the status it started from, so two archivists taking the same step cannot both succeed.
 */
export async function takeStep(ctx: SubgraphContext, id: string, input: StepInput): Promise<ReleaseRequest> {
  const today = swedishDate(ctx.now);
  return ctx.dataSource.transaction(async (manager) => {
    const request = await loadForStaff(manager, id);
    const outcome = checkStep({ status: request.status, harmDecision: request.harmDecision }, input, today);
    if (!outcome.ok) {
      if (outcome.outOfOrder) throw stepOutOfOrder(outcome.problems[0], request.status);
      throw inputRefused(outcome.problems);
    }
    const changes: Partial<ReleaseRequest> = { status: outcome.to as ReleaseStatus, updatedAt: ctx.now };
    if (input.step === "RECORD_HARM_ASSESSMENT") {
      changes.harmDecision = input.harmDecision as HarmDecision;
      changes.harmReasons = input.harmReasons!.trim();
      changes.decisionText = input.harmDecision === "REFUSE" ? input.decisionText!.trim() : input.decisionText?.trim() || null;
    }
    if (input.step === "MARK_SENT") {
      changes.sentChannel = input.sentChannel as DeliveryChannel;
      changes.sentOn = input.sentOn!.trim();
    }
    if (input.step === "MARK_INVOICED") changes.invoicedOn = today;
    const result = await manager.update(ReleaseRequest, { id, status: request.status }, changes);
    if (!result.affected) throw stepOutOfOrder({ field: "step", problem: "STEP_OUT_OF_ORDER", sv: "Ärendet ändrades av någon annan just nu.", en: "Someone else changed the case just now." }, request.status);
    await addEvent(manager, ctx, request, { action: input.step, fromStatus: request.status, toStatus: changes.status!, note: input.note?.trim() || null });
    await writeAudit(manager, { actor: ctx.viewer, action: "TRANSITION", entityType: TYPE, entityId: id, before: { status: request.status }, after: { step: input.step, status: changes.status }, requestId: ctx.requestId });
    return Object.assign(request, changes);
  });
}
