/** A site as the pages that show one at a time (`?site=`) need it. */
export type SiteChoice = { id: string; name: string };

/** The site the page asked for, or the first one when it asked for none or for one that does not exist. */
export function chooseSite<Site extends SiteChoice>(choices: Site[], wanted: string | undefined): Site | undefined {
  return choices.find((site) => site.id === wanted) ?? choices[0];
}
