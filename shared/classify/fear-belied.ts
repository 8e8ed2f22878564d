import type { ComplaintTypeScore } from './complaint-types.ts';
import type { FaultPhrase } from './concession-inside-fault.ts';
import { EXPECTED, FEAR, HEARSAY } from './hearsay.ts';
import { withoutType } from './named-type.ts';
import { foldDegrees, phraseView } from './zh-clauses.ts';

const PREMISES_TYPE = 'environment';
/** What the model makes of a fault others told of (看评论说房间有异味，结果…): a claim belied, but the claim was the fault's, and it proved untrue. */
const PROMISE_TYPE = 'misleading_promise';

/** A fault feared or heard of from others, to the end of its clause: 本来担心位置偏, 很多人说隔音差, 听说房间小. */
const FEARED = new RegExp(`(?:担心|害怕|${HEARSAY.source})[^，,。！？!?；;\\n]{1,14}`);
/** The next clause or the one after belying it: 结果打车很方便, 我住的高层倒没觉得吵, (有点担心，)住了以后发现还好. */
const BELIED = /^(?:[，,][^，,。！？!?；;\n]{0,8})?[，,][^，,。！？!?；;\n]{0,10}?(?:结果|其实|倒|并不|并没|没觉得|不觉得|一点也不|一点都不|还好)[^，,。！？!?；;\n]*/;

/** The fear borne out (结果真的很偏, 果然很吵, 真吵): a fault after all; not 真 praising what settled it (结果双层玻璃真管用, 真不错). */
const BORNE_OUT = /真的|真是|真(?=[很太挺有够吵偏远贵小脏差乱旧慢]|不怎么|没)|果然|确实|的确|也是|还是/;
/** The fault denied outright (没觉得吵, 并不偏): its words in the clause are no fault. */
const DENIED = /没|不|还好/;

function holdsFaultOf(text: string, type: string, faults: readonly FaultPhrase[]): boolean {
  const view = phraseView(foldDegrees(text));
  return faults.some((f) => f.type === type && view.includes(f.phrase));
}

/**
 * "很多人说这家隔音差，我住的高层倒没觉得吵", "本来担心位置偏，结果酒店有免费接驳车": a fault the guest
 * feared or read in others' reviews and then found untrue is no complaint by the guide, but the
 * taxonomy's 隔音差 and 位置偏 gave the satisfied review environment. Dropped when, with the fear
 * and the clause belying it taken out, none of the taxonomy's problem phrases of the premises is left; and
 * misleading_promise with it unless a phrase of a promise broken is left.
 */
export function typesForFearBelied(types: ComplaintTypeScore[], text: string, faults: readonly FaultPhrase[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PREMISES_TYPE)) return types;
  const feared = FEARED.exec(text);
  if (!feared) return types;
  const end = feared.index + feared[0].length;
  const belied = BELIED.exec(text.slice(end));
  if (!belied) return types;
  if (BORNE_OUT.test(belied[0]) || (!DENIED.test(belied[0]) && holdsFaultOf(belied[0], PREMISES_TYPE, faults))) return types;
  const rest = text.slice(0, feared.index) + '，' + text.slice(end + belied[0].length);
  if (holdsFaultOf(rest, PREMISES_TYPE, faults)) return types;
  const withoutPremises = withoutType(types, PREMISES_TYPE);
  return holdsFaultOf(rest, PROMISE_TYPE, faults) ? withoutPremises : withoutType(withoutPremises, PROMISE_TYPE);
}

/** A fear, an expectation or hearsay, to the end of its clause: 本以为要扣全款, 担心没电梯, 朋友说这家店加床要另收钱. */
const EXPECTATION = new RegExp(`(?:${FEAR.source}|${EXPECTED.source}|${HEARSAY.source})[^，,。！？!?；;\\n]{1,14}`);
/** The clause that settles it, at once or after one more (我问了一下，直接给加了): 结果, 没想到, 其实, 到了发现… */
const SETTLED = /^(?:[，,\s]+[^，,。！？!?；;\n]{0,10})?[，,\s]+(?:结果|没想到|没成想|谁知|哪知|其实|实际上|到了|到店|收到|打开|入住后|住了|发现|原来|直接)[^。！？!?；;\n]*/;

/**
 * A fault feared, expected or heard of and then settled otherwise, split into the fear's clause and the rest of the text: "本以为要扣全款，结果酒店全额退了",
 * "朋友说这家店加床要另收钱，我问了一下，直接给加了，一分没收". Not one borne out (结果真的很偏, 果然很吵). The
 * fear's phrases name no fault the customer met, unless the rest of the text (the settling clause with it) tells them too.
 */
export function settledFearSpan(text: string): { fear: string; rest: string } | undefined {
  const feared = EXPECTATION.exec(text);
  if (!feared) return undefined;
  const end = feared.index + feared[0].length;
  const settled = SETTLED.exec(text.slice(end));
  if (!settled || BORNE_OUT.test(settled[0])) return undefined;
  return { fear: feared[0], rest: text.slice(0, feared.index) + '，' + text.slice(end) };
}

/** Whether every phrase of a type's evidence stands in the settled fear alone: the type names no fault the customer met. */
export function onlyFeared(phrases: readonly string[], fear: { fear: string; rest: string }): boolean {
  if (phrases.length === 0) return false;
  const feared = phraseView(foldDegrees(fear.fear));
  const rest = phraseView(foldDegrees(fear.rest));
  return phrases.every((phrase) => feared.includes(phrase) && !rest.includes(phrase));
}
