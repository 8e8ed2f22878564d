import { PhraseMatcher } from '../../phrase-matcher.ts';
import { COMPENSATION_PHRASES, LEGAL_PHRASES, MEDIA_PHRASES, REGULATOR_PHRASES } from './escalation.ts';
import { FOREIGN_OBJECT_PHRASES } from './foreign-object.ts';
import { HEALTH_PHRASES } from './health.ts';
import { listed } from './listed.ts';
import { NOT_TRIGGERS } from './not-triggers.ts';
import { SAFETY_PHRASES } from './premises.ts';
import { THEFT_PHRASES } from './theft.ts';

/** The one matcher of the phrases that tell an escalation signal (a module a signal group beside this one) and of the longer phrases that swallow them (not-triggers.ts). */

export type Trigger = 'regulator' | 'media' | 'legal' | 'health' | 'foreign_object' | 'safety' | 'theft' | 'compensation' | 'repeated';
/** What a phrase in the message triggers: all but the customer's history (repeated-complaints.ts). */
type PhraseTrigger = Exclude<Trigger, 'repeated'>;

const TRIGGERS: Record<PhraseTrigger, string[]> = {
  regulator: REGULATOR_PHRASES,
  media: MEDIA_PHRASES,
  legal: LEGAL_PHRASES,
  health: HEALTH_PHRASES,
  foreign_object: FOREIGN_OBJECT_PHRASES,
  safety: SAFETY_PHRASES,
  theft: THEFT_PHRASES,
  compensation: COMPENSATION_PHRASES,
};

export const REASONS: Record<PhraseTrigger, string> = {
  regulator: 'goes or threatens to go to a regulator or the police',
  media: 'threatens media or social-media exposure',
  legal: 'threatens legal action',
  health: 'reports harm to health',
  foreign_object: 'reports a foreign object in food',
  safety: 'reports a danger to safety',
  theft: 'reports theft or a personal-safety incident',
  compensation: 'angrily demands compensation',
};

/** Found in the food but, by the guide, a hygiene fault rather than an escalation ("菜里有头发"). */
const FOUND_NOT_URGENT = listed('头发|毛发|发丝|一根毛|长毛');

export const triggerPhrases = new PhraseMatcher<PhraseTrigger | 'found' | 'none'>([
  ...(Object.entries(TRIGGERS) as [PhraseTrigger, string[]][]).flatMap(([trigger, phrases]) => phrases.map((p) => [p, trigger] as const)),
  ...FOUND_NOT_URGENT.map((p) => [p, 'found'] as const),
  ...NOT_TRIGGERS.map((p) => [p, 'none'] as const),
]);
