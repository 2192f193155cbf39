import type { DataSource } from "typeorm";
import { seedId } from "@vardportal/kit";
import { ageOn, personnummerFor } from "@vardportal/kit/personnummer";
import { Appointment, VisitMode } from "../entities/appointment.entity.js";
import { Guardianship } from "../entities/guardianship.entity.js";
import { swedishDate } from "../rules/check-in-window.js";

/** The birth date, on a fixed month and day, of someone `age` years old on `today` (as tests/oidc/personas.ts). */
function bornAged(today: string, age: number, monthDay: string): string {
  return `${Number(today.slice(0, 4)) - age - (today.slice(5) < monthDay ? 1 : 0)}-${monthDay}`;
}

/** The local personas' numbers (tests/oidc/personas.ts), so their visits are there when they log in. */
export function samplePeople(now: Date) {
  const today = swedishDate(now);
  const alice = personnummerFor(bornAged(today, 9, "03-08"), 124);
  const oskar = personnummerFor(bornAged(today, 14, "10-02"), 139);
  return {
    anna: personnummerFor("1985-05-17", 282),
    gustav: personnummerFor("1981-09-03", 351),
    alice,
    oskar,
    ages: { alice: ageOn(bornAged(today, 9, "03-08"), today), oskar: ageOn(bornAged(today, 14, "10-02"), today) },
  };
}

const minutes = (now: Date, n: number) => new Date(Math.floor(now.getTime() / 60_000) * 60_000 + n * 60_000);

/**
 * Sample data, invented: visits relative to the moment of seeding, so the local portal always has a
 * visit due soon (check-in open) and one later today (check-in not yet open), and Gustav's children's.
 */
export async function seedAppointments(dataSource: DataSource, now: Date): Promise<void> {
  const people = samplePeople(now);
  // One of the care-units subgraph's sample units (its seed ids come from the HSA-id), so the visit links up.
  const unit = { careUnitId: seedId("care-unit", "SE2321000230-EX17"), careUnitName: "Kalix hälsocentral" };
  const visit = (key: string, fields: Partial<Appointment>): Appointment =>
    Object.assign(new Appointment(), {
      id: seedId("appointment", key),
      region: "Norrbotten",
      visitKind: "HEALTH_CENTRE_VISIT",
      mode: VisitMode.PHYSICAL,
      smsConsent: false,
      smsNumber: null,
      createdBy: "seed",
      sample: true,
      ...unit,
      ...fields,
    });
  await dataSource.getRepository(Appointment).insert([
    visit("anna-soon", { patientPersonnummer: people.anna, patientName: "Anna Andersson", startsAt: minutes(now, 20), smsConsent: true, smsNumber: "+46700000001" }),
    visit("anna-later", { patientPersonnummer: people.anna, patientName: "Anna Andersson", startsAt: minutes(now, 180), mode: VisitMode.VIDEO, visitKind: "REMOTE_VISIT", smsConsent: true, smsNumber: "+46700000001" }),
    visit("alice-soon", { patientPersonnummer: people.alice, patientName: "Alice Lindqvist", startsAt: minutes(now, 25) }),
    visit("oskar-soon", { patientPersonnummer: people.oskar, patientName: "Oskar Lindqvist", startsAt: minutes(now, 25) }),
  ]);
  await dataSource.getRepository(Guardianship).insert([
    { id: seedId("guardianship", "gustav:alice"), guardianPersonnummer: people.gustav, childPersonnummer: people.alice, sample: true },
    { id: seedId("guardianship", "gustav:oskar"), guardianPersonnummer: people.gustav, childPersonnummer: people.oskar, sample: true },
  ]);
}
