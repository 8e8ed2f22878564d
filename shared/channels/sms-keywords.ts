/**
 * The one-word replies carriers and SMS providers act on themselves: opting out, back in, or
 * asking for help. Twilio (and its Advanced Opt-Out) and Chinese carriers (回T退订, 拒收请回复R)
 * answer them and still deliver them to us. They say what the customer wants from the number,
 * not what they think of us: interactions on the timeline, never classified or counted.
 */
export type SmsKeyword = 'opt_out' | 'opt_in' | 'help';

const KEYWORDS: Record<string, SmsKeyword> = {
  // Twilio's default opt-out, opt-in and help keywords.
  stop: 'opt_out',
  stopall: 'opt_out',
  unsubscribe: 'opt_out',
  cancel: 'opt_out',
  end: 'opt_out',
  quit: 'opt_out',
  optout: 'opt_out',
  revoke: 'opt_out',
  start: 'opt_in',
  unstop: 'opt_in',
  help: 'help',
  // Chinese carriers' and senders' unsubscribe replies (退订 simplified and traditional, 拒收).
  td: 'opt_out',
  t: 'opt_out',
  r: 'opt_out',
  退订: 'opt_out',
  退訂: 'opt_out',
};

/**
 * What may stand around the word: spaces, punctuation, symbols and emoji with their modifiers and
 * joiners ("STOP 🛑", "退订~", "“TD”", "Stop?"). A keyword is still the whole message: "stop
 * charging me twice" and "T恤破了" are feedback.
 */
const AROUND_THE_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]+|[\s\p{P}\p{S}\p{M}\p{Cf}]+$/gu;

export function smsKeyword(text: string): SmsKeyword | undefined {
  // NFKC: a full-width keyboard (Chinese input methods) types ＳＴＯＰ and ＴＤ.
  const word = text.normalize('NFKC').replace(AROUND_THE_WORD, '').toLowerCase();
  return Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : undefined;
}

/** Twilio's Advanced Opt-Out names what it did in `OptOutType`: STOP, START or HELP. */
export function twilioOptOutType(value: string | undefined): SmsKeyword | undefined {
  switch (value?.trim().toUpperCase()) {
    case 'STOP':
      return 'opt_out';
    case 'START':
      return 'opt_in';
    case 'HELP':
      return 'help';
    default:
      return undefined;
  }
}
