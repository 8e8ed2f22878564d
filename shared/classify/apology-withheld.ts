import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const STAFF_TYPE = 'service_attitude';

/**
 * An apology withheld: 还不道歉, 也没道歉, 没有一句道歉, 连句对不起都没有, 一句抱歉都没有. Not 不用道歉 or 不停道歉
 * (no 不 right before it), not 连声道歉 or 连连道歉 (apologised again and again), not 道歉也没用 (one was given).
 */
const APOLOGY_WITHHELD =
  /(?:不|没|没有|不肯|不愿意?|拒不|从不|从没)(?:跟我|和我|向我|给我|对我|跟我们|向我们|给我们)?(?:说|道|说了)?(?:一句|一声|句|声|个)?(?:道歉|道个歉|对不起|抱歉)|(?:一句|一声|句|声|个)(?:道歉|对不起|抱歉)(?:的话)?(?:都|也)(?:没有?(?!用)|不说|不讲|不会说)/;

/** Inside a quoted headline (《蒙牛回应过期奶不道歉遭质疑》): news, not the customer's own experience. */
const IN_A_TITLE = /《[^》]*$/;

/**
 * "送餐员把汤洒了还不道歉", "迟到了半小时也不道歉", "送错了也没道歉": the one at fault not apologising is their
 * manner (service_attitude by the guide: cold, unprofessional), and the corpus labels its messages of a withheld
 * apology so; but 道歉 is a phrase of the type that a 不 before it denies, so the model read 不道歉 as no fault of
 * manner at all. Only an apology withheld by someone else: the customer's own (我不道歉) is not, nor one in a quoted headline.
 */
export function typesForApologyWithheld(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes)) return types;
  const found = APOLOGY_WITHHELD.exec(text);
  if (!found || /我们?(?:也|都|就|还)?$/.test(text.slice(Math.max(0, found.index - 3), found.index)) || IN_A_TITLE.test(text.slice(0, found.index))) return types;
  return withNamedType(types, STAFF_TYPE, found[0]);
}
