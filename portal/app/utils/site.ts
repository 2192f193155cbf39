/** The region that runs this portal. Region Norrbotten is the sample region the seed content describes. */
export const site = {
  name: "Vårdportal",
  owner: "Region Norrbotten",
  /** The region key the subgraphs store content under. */
  region: "Norrbotten",
} as const;

export const mainContentId = "huvudinnehall";

export function pageTitle(title?: string): string {
  const base = `${site.name} — ${site.owner}`;
  return title ? `${title} — ${base}` : base;
}
