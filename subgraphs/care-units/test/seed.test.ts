import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { MUNICIPALITY_CENTRES } from "../src/seed/care-units.js";
import { haversineKm } from "../src/rules/geo.js";
import { daySpanProblems } from "../src/rules/opening-hours.js";
import { startCareUnits } from "./helpers.js";

interface Unit {
  hsaId: string;
  name: string;
  kind: string;
  region: string;
  municipality: string;
  address: string | null;
  phone: string | null;
  closedOnPublicHolidays: boolean;
  coordinates: { lat: number; lon: number } | null;
  description: { sv: string; en: string | null };
  regularHours: { weekday: number; spans: { opens: string; closes: string; closesNextDay: boolean }[] }[];
  upcomingExceptions: { fromDate: string; toDate: string; reason: string; label: { sv: string }; closed: boolean }[];
  contactRoutes: { kind: string; label: { sv: string }; value: string; hours: { sv: string } | null }[];
}

const ALL = `{ careUnits(first: 100) { totalCount edges { node {
  hsaId name kind region municipality address phone closedOnPublicHolidays coordinates { lat lon } description { sv en }
  regularHours { weekday spans { opens closes closesNextDay } }
  upcomingExceptions(days: 366) { fromDate toDate reason label { sv } closed }
  contactRoutes { kind label { sv } value hours { sv } }
} } } }`;

const NORRBOTTEN_MUNICIPALITIES = [
  "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix",
  "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
];

let t: TestSubgraph;
let units: Unit[];
let norrbotten: Unit[];
const unit = (name: string) => units.find((u) => u.name === name)!;
beforeAll(async () => {
  t = await startCareUnits();
  const data = expectData(await t.query<{ careUnits: { totalCount: number; edges: { node: Unit }[] } }>(ALL, { as: "staff" }));
  units = data.careUnits.edges.map((e) => e.node);
  norrbotten = units.filter((u) => u.region === "Norrbotten");
  expect(data.careUnits.totalCount).toBe(units.length);
});
afterAll(async () => {
  await t.close();
});

describe("the Norrbotten sample", () => {
  it("is 26 units, readable by an anonymous visitor", async () => {
    expect(norrbotten).toHaveLength(26);
    const anonymous = expectData(await t.query<{ careUnits: { totalCount: number } }>(`{ careUnits(first: 1, filter: { region: "Norrbotten" }) { totalCount } }`));
    expect(anonymous.careUnits.totalCount).toBe(26);
  });

  it("covers every one of Norrbotten's 14 municipalities, each with a health centre", () => {
    expect([...new Set(norrbotten.map((u) => u.municipality))].sort()).toEqual([...NORRBOTTEN_MUNICIPALITIES].sort());
    expect(new Set(norrbotten.filter((u) => u.kind === "HEALTH_CENTRE").map((u) => u.municipality)).size).toBe(14);
  });

  it("gives the region's switchboard 0920-28 40 00 as the number, and says it reaches the unit's medical secretary", () => {
    for (const u of norrbotten) {
      expect(u.phone).toBe("0920-28 40 00");
      expect(u.description.sv).toContain("växel, 0920-28 40 00");
      expect(u.description.sv).toContain("läkarsekreterare");
    }
  });

  it("is marked as sample data in both languages, with example HSA-ids", () => {
    for (const u of norrbotten) {
      expect(u.description.sv.startsWith("Exempeluppgifter.")).toBe(true);
      expect(u.description.en?.startsWith("Sample data.")).toBe(true);
      expect(u.hsaId).toMatch(/^SE2321000230-EX\d{2}$/);
    }
    expect(new Set(units.map((u) => u.hsaId)).size).toBe(units.length);
  });

  it("places every unit within 10 km of its municipality's town, with an address", () => {
    for (const u of norrbotten) {
      expect(u.coordinates, u.name).not.toBeNull();
      expect(u.address, u.name).toBeTruthy();
      // Sunderby sjukhus serves Luleå and Boden from between the two towns.
      const limit = u.name.startsWith("Sunderby") ? 25 : 10;
      expect(haversineKm(u.coordinates!, MUNICIPALITY_CENTRES[u.municipality]!), u.name).toBeLessThan(limit);
    }
  });

  it("gives every unit regular hours whose spans are valid and do not overlap", () => {
    for (const u of norrbotten) {
      const week = u.regularHours.flatMap((d) => d.spans);
      expect(week.length, u.name).toBeGreaterThan(0);
      for (const day of u.regularHours) {
        const asMinutes = day.spans.map((s) => {
          const [oh, om] = s.opens.split(":").map(Number) as [number, number];
          const [ch, cm] = s.closes.split(":").map(Number) as [number, number];
          return { opens: oh * 60 + om, closes: ch * 60 + cm + (s.closesNextDay ? 1440 : 0) };
        });
        expect(daySpanProblems(asMinutes), `${u.name}, weekday ${day.weekday}`).toEqual([]);
      }
    }
  });

  it("keeps the emergency departments open around the clock, holidays included", () => {
    const eds = norrbotten.filter((u) => u.kind === "EMERGENCY_DEPARTMENT");
    expect(eds.map((u) => u.name)).toEqual(["Gällivare sjukhus, akutmottagning", "Kiruna sjukhus, akutmottagning", "Sunderby sjukhus, akutmottagning"]);
    for (const ed of eds) {
      expect(ed.closedOnPublicHolidays).toBe(false);
      expect(ed.regularHours.map((d) => d.spans)).toEqual(Array.from({ length: 7 }, () => [{ opens: "00:00", closes: "24:00", closesNextDay: false }]));
      expect(ed.description.sv).toContain("ring 112");
    }
  });

  it("has a unit whose hours cross midnight, open on holidays", () => {
    const late = unit("Närakuten Piteå");
    expect(late.closedOnPublicHolidays).toBe(false);
    expect(late.regularHours[4]?.spans).toEqual([{ opens: "16:00", closes: "01:00", closesNextDay: true }]);
  });

  it("has a unit with a lunch break: two spans a day", () => {
    expect(unit("Ungdomsmottagningen Luleå").regularHours[0]?.spans.map((s) => `${s.opens}–${s.closes}`)).toEqual(["09:00–12:00", "13:00–16:00"]);
  });

  it("has summer hours, a closed summer, a closed day and special hours ahead of the seed's date", () => {
    const labels = (name: string) => unit(name).upcomingExceptions.filter((e) => e.reason === "EXCEPTION").map((e) => [e.label.sv, e.closed]);
    expect(labels("Kalix hälsocentral")).toEqual([["Sommartider", false]]);
    expect(labels("Folktandvården Luleå")).toEqual([["Sommarstängt", true]]);
    expect(labels("Bodens hälsocentral")).toEqual([
      ["Stängt för utbildningsdag", true],
      ["Sommartider", false],
    ]);
    expect(labels("Hertsöns hälsocentral")).toEqual([
      ["Personalmöte: öppet från 12.00", false],
      ["Sommartider", false],
    ]);
    // The seed ran on Monday 2 March 2026: the closed day is three weeks on, a Wednesday.
    expect(unit("Bodens hälsocentral").upcomingExceptions[0]).toMatchObject({ fromDate: "2026-03-25", toDate: "2026-03-25" });
    expect(unit("Kalix hälsocentral").upcomingExceptions.find((e) => e.reason === "EXCEPTION")).toMatchObject({ fromDate: "2026-06-22", toDate: "2026-08-09" });
  });

  it("lists the public holidays ahead on which the health centres close", () => {
    const holidays = unit("Kalix hälsocentral").upcomingExceptions.filter((e) => e.reason === "PUBLIC_HOLIDAY").map((e) => `${e.fromDate} ${e.label.sv}`);
    expect(holidays.slice(0, 5)).toEqual(["2026-04-03 Långfredagen", "2026-04-06 Annandag påsk", "2026-05-01 Första maj", "2026-05-14 Kristi himmelsfärdsdag", "2026-06-19 Midsommarafton"]);
  });

  it("includes Sunderby sjukhus's emergency department and Piteå älvdals sjukhus", () => {
    expect(unit("Sunderby sjukhus, akutmottagning")).toMatchObject({ kind: "EMERGENCY_DEPARTMENT", municipality: "Luleå" });
    expect(units.find((u) => u.name.startsWith("Piteå älvdals sjukhus"))).toMatchObject({ kind: "HOSPITAL_CLINIC", municipality: "Piteå" });
  });

  it("puts Folktandvården Luleå, where the dental chat is tried, among the dental units", () => {
    const dental = units.filter((u) => u.kind === "DENTAL_CARE");
    expect(dental.map((u) => u.name)).toEqual(["Folktandvården Luleå"]);
    expect(dental[0]?.description.sv).toContain("chatt");
  });

  it("gives each unit the switchboard route to its medical secretary, and fictional numbers for the rest", () => {
    for (const u of norrbotten) {
      expect(u.contactRoutes.some((r) => r.value === "0920-28 40 00" && r.label.sv.includes("läkarsekreterare")), u.name).toBe(true);
      for (const route of u.contactRoutes.filter((r) => r.value !== "0920-28 40 00")) {
        expect(route.value, u.name).toMatch(/^070-174 06 (0[5-9]|[1-9]\d)$/);
        expect(route.label.sv, u.name).toContain("(exempel)");
      }
    }
    expect(unit("Sunderby sjukhus, medicinmottagning").contactRoutes.map((r) => r.kind)).toEqual(["SERVICE_NUMBER", "FAX", "OTHER"]);
  });
});

describe("the units and routes the sources name", () => {
  it("Region Kronoberg's journal unit: the patients' number, service number 8570, fax 3004 and VIS-Supporten's 0470-58 20 20", () => {
    const kronoberg = unit("Arkiv- och journalenheten, Region Kronoberg");
    expect(kronoberg).toMatchObject({ region: "Kronoberg", municipality: "Växjö", phone: "0470-58 85 22", hsaId: "SE2321000065-EX01" });
    expect(kronoberg.contactRoutes.map((r) => [r.kind, r.value])).toEqual([
      ["SERVICE_NUMBER", "8570"],
      ["FAX", "3004"],
      ["OTHER", "0470-58 20 20"],
    ]);
    expect(kronoberg.contactRoutes[2]?.label.sv).toContain("knappval 2");
  });

  it("has no invented hours or position where the source gives none", () => {
    const kronoberg = unit("Arkiv- och journalenheten, Region Kronoberg");
    expect(kronoberg.coordinates).toBeNull();
    expect(kronoberg.regularHours.every((d) => d.spans.length === 0)).toBe(true);
  });

  it("Region Skåne's Journalservice: weekdays 08–16, and Sus emergency department in Lund out of hours", () => {
    const skane = unit("Journalservice, Region Skåne");
    expect(skane).toMatchObject({ region: "Skåne", phone: "0771-86 66 00" });
    expect(skane.regularHours.slice(0, 5).map((d) => d.spans)).toEqual(Array.from({ length: 5 }, () => [{ opens: "08:00", closes: "16:00", closesNextDay: false }]));
    expect(skane.regularHours.slice(5).every((d) => d.spans.length === 0)).toBe(true);
    const outOfHours = skane.contactRoutes.find((r) => r.kind === "OUT_OF_HOURS");
    expect(outOfHours).toMatchObject({ value: "046-17 65 34", hours: { sv: "Jourtid: kvällar, nätter och helger" } });
    expect(outOfHours?.label.sv).toContain("bakjouren");
    expect(skane.contactRoutes.find((r) => r.kind === "SERVICE_NUMBER")).toMatchObject({ value: "0771-86 66 00", hours: { sv: "Vardagar 08.00–16.00" } });
  });

  it("say where their facts come from and that the HSA-id is an example", () => {
    for (const u of units.filter((x) => x.region !== "Norrbotten")) {
      expect(u.description.sv).toContain("HSA-id är ett exempel");
      expect(u.description.en).toContain("HSA-id is an example");
      expect(u.hsaId).toMatch(/-EX\d{2}$/);
    }
  });
});
