import { isCompensationDemanded, isLegalThreat, isMediaThreat, isRegulatorCalled } from './escalation.ts';
import { isForeignObjectFound } from './foreign-object.ts';
import { isHarmToHealth } from './health.ts';
import { HEARSAY, HEARSAY_WINDOW, isEarlierExperience } from './hedges.ts';
import type { Trigger } from './phrases/triggers.ts';
import { isDangerOfThePremises } from './safety.ts';
import { INSURANCE_CLAIM } from './shared-words.ts';
import { sameClauseBefore } from './text-windows.ts';
import { isTheftOrIntrusion } from './theft.ts';

/** Harm that happened to the customer, as opposed to a threat the customer makes. */
export const HARM: ReadonlySet<Trigger> = new Set(['health', 'foreign_object', 'safety', 'theft']);

/** The insured events of an insurance claim (INSURANCE_CLAIM), which are no harm the business did. */
const INSURED_TRIGGERS: ReadonlySet<Trigger> = new Set(['health', 'theft']);
/** "…had to go to the tourist police to make a report for my insurance": a theft reported to the police is one, whatever the insurer is told after. */
const POLICE_REPORT = /\bpolice\b|报警|报了警|派出所|警察/i;

/** Whether a phrase of `trigger` found at start..end tells the signal: first the look-alikes of any harm, then the signal's own. */
export function counts(trigger: Trigger, text: string, start: number, end: number, sentimentScore: number): boolean {
  if (HARM.has(trigger) && isEarlierExperience(text, start, end)) return false;
  if (INSURED_TRIGGERS.has(trigger) && INSURANCE_CLAIM.test(text) && !(trigger === 'theft' && POLICE_REPORT.test(text))) return false;
  if ((trigger === 'health' || trigger === 'foreign_object') && HEARSAY.test(sameClauseBefore(text, start, HEARSAY_WINDOW))) return false;
  switch (trigger) {
    case 'health':
      return isHarmToHealth(text, start, end);
    case 'theft':
      return isTheftOrIntrusion(text, start, end, sentimentScore);
    case 'foreign_object':
      return isForeignObjectFound(text, start, end);
    case 'safety':
      return isDangerOfThePremises(text, start, end);
    case 'legal':
      return isLegalThreat(text, start, end);
    case 'compensation':
      return isCompensationDemanded(text, start, end, sentimentScore);
    case 'media':
      return isMediaThreat(text, start, end, sentimentScore);
    case 'regulator':
      return isRegulatorCalled(text, start, end, sentimentScore);
    default:
      return true;
  }
}
