import { isNegated } from '../negation.ts';
import { HYPOTHETICAL, HYPOTHETICAL_WINDOW } from './hedges.ts';
import { RAILING_REACH } from './phrases/premises.ts';
import { ACCUSED, ACCUSED_WINDOW, GENERIC_DANGER, PLACE_CONTEXT } from './shared-words.ts';
import { near, sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Danger of the premises: whether a danger phrase found in the message tells a danger the customer met there. */

/** Bare wiring is the danger in 裸露 ("电线直接裸露在外面"); a bare pipe or wall is not. */
const ELECTRIC = /电线|电源|插座|线头|电箱|电闸|铜线|铜丝/;
const ELECTRIC_WINDOW = 8;

const RAILING_REACH_SET: ReadonlySet<string> = new Set(RAILING_REACH);
const RAILING = /栏杆|护栏|围栏|栏板|扶手|阳台|窗/;

/**
 * "小卡片塞门缝，还有骚扰电话打到房间，感觉很不安全": the guest feeling unsafe is no danger by itself
 * (as in English, felt-unsafe.test.ts); an incident or a dangerous thing told beside it is read on its own.
 */
const FELT = /(?:感觉|觉得|感到)(?:很|非常|特别|挺|有点|有些|好|太|十分|极其|真的)?$/;
const FELT_WINDOW = 6;

export function isDangerOfThePremises(text: string, start: number, end: number): boolean {
  if (RAILING_REACH_SET.has(text.slice(start, end)) && !RAILING.test(text)) return false;
  // Bare of wiring only (电线裸露, 电线直接露在外面): 裸露的砖墙 and 水管露在外面 are no danger.
  if ((text.slice(start, end) === '裸露' || text.slice(start, end) === '露在外面') && !near(text, start, end, ELECTRIC, ELECTRIC_WINDOW)) return false;
  if (GENERIC_DANGER.has(text.slice(start, end)) && FELT.test(sameClauseBefore(text, start, FELT_WINDOW))) return false;
  // "退房时前台说我房间的烟雾报警器被拆了，要罚款": the hotel blaming the guest, no danger the guest met.
  if (ACCUSED.test(sameSentenceBeforeZh(text, start, ACCUSED_WINDOW))) return false;
  return !isNegated(text, start) && !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) && ((end - start > 2 && !GENERIC_DANGER.has(text.slice(start, end))) || near(text, start, end, PLACE_CONTEXT));
}
