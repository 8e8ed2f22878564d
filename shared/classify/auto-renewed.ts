import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const PRICE_TYPE = 'price_billing';

/** Renewed or charged by itself: 自动给我续了一年, 自动续费了, 被自动续约了两年, 自动扣款, 存款自动转存了 (at a lower rate). */
const AUTO_RENEWED = /自动(?:给我|帮我|把我)?(?:续费|续约|续订|续了|续上|转存|扣费|扣款|扣了|开通)/;
/** Told, besides the renewal itself, as a charge the customer did not want: 扣了钱, 没提醒, 没通知, 我说不续了, 从来没开, 莫名其妙. */
const UNWANTED = /扣|没(?:有|人)?(?:任何)?(?:提醒|通知|告知)|利率低|不续|没开|没同意|莫名|不知情|偷偷/;
/** Turned off or explained (教我怎么关掉自动续费, 提醒我把绑定的自动扣款解绑), denied (不会自动续费) or only feared. */
const NOT_CHARGED = /关掉|关闭|关了|取消|退订|解绑|绑定|提醒我|不会|没有|怎么/;

/**
 * "宽带到期了我说不续了，结果他们自动给我续了一年还扣了钱", "会员自动续费了也没提醒": a renewal charged without the
 * customer's leave is an unexpected charge, price_billing by the guide, as the corpus labels every such review; the
 * model found the refund asked for (after_sales) and missed the charge. Not a renewal turned off or explained
 * (营业厅教我怎么关掉自动续费), denied or feared.
 */
export function typesForAutoRenewed(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = AUTO_RENEWED.exec(text);
  if (!found || !UNWANTED.test(text.slice(0, found.index) + text.slice(found.index + found[0].length))) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_CHARGED.test(before) || SUPPOSED.test(before)) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}
