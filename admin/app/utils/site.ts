/** The editors' CMS of the region's Vårdportal. Region Norrbotten is the sample region the seed content describes. */
export const site = {
  name: "Vårdportal",
  tool: "Redaktörsverktyg",
  owner: "Region Norrbotten",
} as const;

export const mainContentId = "huvudinnehall";

export function pageTitle(title?: string): string {
  const base = `${site.name} — ${site.tool}`;
  return title ? `${title} — ${base}` : base;
}
