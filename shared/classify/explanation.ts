/** Explanations are for people: a list of evidence is cut after a dozen items. */
const MAX_ITEMS = 12;

export function listForExplanation(items: readonly string[], separator: string): string {
  if (items.length <= MAX_ITEMS) return items.join(separator);
  return `${items.slice(0, MAX_ITEMS).join(separator)}${separator}… (+${items.length - MAX_ITEMS} more)`;
}
