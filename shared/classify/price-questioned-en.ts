import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/**
 * A charge questioned ("why is my bill $30 more??", "why am I being charged for a modem I returned", "how does a 10 min
 * ride cost $48??", "what is this 'convenience fee' on my statement?"): a bill disputed as a question is price_billing by
 * the guide (overcharging, unexpected fees). Only as a question, and only a charge the customer points at ("this fee",
 * "my bill", a figure): "What is the fee for late checkout?" and "How much does it cost?" ask, they do not dispute.
 */
const WHY_CHARGED = /\bwhy\s+(?:is|was|am|are|did|does|do|has|have|were)\s+(?:\w+\s+){0,4}?(?:(?:being\s+|getting\s+|been\s+)?(?:charged|billed)|my\s+(?:\w+\s+)?(?:bill|premium|rate|statement|payment)|(?:a|an|this|that|the)\s+(?:\$\d[\d.,]*\s+)?(?:['"‘]?\w+['"’]?\s+)?(?:fee|charge|surcharge))\b/i;
const HOW_COSTS = /\bhow\s+(?:does|is|can|could|did|do)\s+(?:\w+\s+){1,5}?(?:cost|be)\s+(?:me\s+|us\s+)?[$£€]\s?\d/i;
const WHAT_FEE = /\bwhat\s+(?:is|are|'s)\s+(?:this|that|these|those)\s+(?:\$\d[\d.,]*\s+)?(?:['"‘]?[\w ]{0,20}['"’]?\s+)?(?:fee|fees|charge|charges|surcharge)\b/i;

/** The charge a question disputes, or undefined: such a question states its problem, as "where's my package??" does. */
export function chargeQuestioned(text: string): string | undefined {
  if (!text.includes('?')) return undefined;
  return (WHY_CHARGED.exec(text) ?? HOW_COSTS.exec(text) ?? WHAT_FEE.exec(text))?.[0];
}

export function typesForPriceQuestioned(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'price_billing', taxonomyTypes)) return types;
  const found = chargeQuestioned(text);
  return found !== undefined ? withNamedType(types, 'price_billing', found) : types;
}
