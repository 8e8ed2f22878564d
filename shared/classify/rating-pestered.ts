import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const PRIVACY_TYPE = 'privacy_security';

/** The rating the calls ask for: to give one, change it, take a bad one down (让我改好评, 逼我删评, 要五星), or be paid for a good one (好评返现). */
const RATING_ASKED = /(?:让|要|逼|求|催|叫|问|非要)我?[^，,。！？!?；;\s]{0,4}?(?:改|删|给|打|写|要)[^，,。！？!?；;\s]{0,3}?(?:好评|五星|评价|差评|中评)|删评|改评|返现/;
/** Calls made again and again: 一天打了三个, 一直打, 天天打, 连打七八个, 又打来, 一下午打了三次. */
const CALLED_AGAIN =
  /(?:一天|一上午|一下午|一晚上?|半天|连着?|接连)[^，,。！？!?；;\s]{0,3}?打了?[一二两三四五六七八九十几好\d]+[个次通遍]|(?:一直|天天|每天|不停地?|老是|总是|反复|轮番)[^，,。！？!?；;\s]{0,4}?(?:打|来)电话|(?:一直|天天|每天|不停地?|老是|反复|接着)打|又打来|打了[一二两三四五六七八九十几好\d]+[个次通遍]电话|(?:好几|七八|五六|三四|N)个电话/;

/**
 * "商家打电话让我改好评，说改了返5块，一天打了三个", "好评返现的电话一天打五个", "骑手送到后非要我给好评，不给就一直打电话": calls
 * made again and again about a rating are the guide's harassment calls (privacy_security). The model read the rating's
 * words as praise or as the food's, and gave nothing. One call asking once is no harassment, nor calls about the way
 * (打了三个电话才送到) beside a rating given; the calls and the rating asked for must be told in one sentence.
 */
export function typesForRatingPestered(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!RATING_ASKED.test(sentence)) continue;
    const calls = CALLED_AGAIN.exec(sentence);
    if (calls) return withNamedType(types, PRIVACY_TYPE, calls[0]);
  }
  return types;
}
