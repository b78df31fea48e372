/** The visible text of an HTML page, tags removed and white space folded, for asserting what a person reads. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The setup code printed on a setup sheet. */
export function setupCodeOn(html: string): string {
  const match = /class="setup-code">([A-Z0-9-]{14})</.exec(html);
  if (!match?.[1]) throw new Error('no setup code on the page');
  return match[1];
}

/** The links on an HTML page: where each goes (entities decoded, as a browser follows it) and its visible text. */
export function linksOn(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => ({ href: visibleText(match[1]!), text: visibleText(match[2]!) }));
}

/** The error shown next to a form field (by its name), as the page says it; undefined when there is none. */
export function fieldErrorOn(html: string, field: string): string | undefined {
  return new RegExp(`id="field-${field}-error"[^>]*>([^<]*)<`).exec(html)?.[1];
}
