/**
 * Cuts a customer's email down to what they wrote: quoted earlier messages and signatures go.
 * Mail clients mark the start of the quoted part with a line of their own; the ones below are
 * those of common English and Chinese clients (Gmail, Outlook, Apple Mail, QQ Mail/Foxmail,
 * NetEase 163/126, and their Traditional Chinese versions). A message forwarded along is not a
 * quote: it is usually the complaint itself (the customer's own unanswered mail, or one passed on
 * to us), so only its header block goes.
 */

/** A line that starts the quoted original; everything from it down is dropped. */
const QUOTE_HEADER_LINES: readonly RegExp[] = [
  /^-{2,}\s*Original( Message)?\s*-{2,}$/i, // Outlook, Thunderbird; QQ Mail/Foxmail in English
  /^-{2,}\s*(原始邮件|原始郵件|原邮件|原郵件)\s*-{2,}$/, // QQ Mail, Foxmail, Outlook zh
  /^-{2,}\s*(回复的原邮件|回覆的原郵件)\s*-{2,}$/, // NetEase mobile
  // Any attribution that names the quoted sender's address: Gmail zh "A <a@b.c> 于2024年1月1日周一
  // 10:00写道：" (于/於), Apple Mail "2024年1月1日 10:00，A <a@b.c> 写道：", and English variants.
  /<[^<>\s@]+@[^<>\s@]+>.{0,120}(写道|寫道|wrote)\s*[:：]$/i,
];

/**
 * Every marker line a client writes is short; a longer line is the customer's text and is not
 * matched at all. This bounds the regex work per line, so a hostile mail with one enormous line
 * costs time linear in its size instead of stalling the event loop.
 */
const MAX_MARKER_LINE_LENGTH = 512;

/**
 * Attribution lines that clients wrap when long ("On …, A <" / "a@b.c> wrote:"), so they are
 * also tried joined with the next line. Each starts with its marker word, which keeps the join
 * from swallowing the customer's last line.
 */
const WRAPPING_ATTRIBUTION_LINES: readonly RegExp[] = [
  /^On\b.{0,300}\bwrote:$/i, // Gmail, Apple Mail
  /^在.{0,300}(写道|寫道)\s*[:：]?$/, // NetEase, Apple Mail zh: "在 2024年1月1日，A <a@b.c> 写道："
  /^於.{0,300}(寫道|写道)\s*[:：]?$/, // Apple Mail / Gmail zh-TW
];

/** A line that announces a forwarded message: its header block goes, its text is kept. */
const FORWARD_MARKER_LINES: readonly RegExp[] = [
  /^-{2,}\s*Forwarded message\s*-{2,}$/i, // Gmail, Thunderbird ("-------- Forwarded Message --------")
  /^Begin forwarded message\s*:$/i, // Apple Mail
  /^(以下为转发的邮件|以下是转发的邮件|转发的邮件|以下為轉寄的郵件|轉寄的郵件)\s*[:：]$/, // Apple Mail zh
  /^-{2,}\s*(转发邮件信息|轉寄郵件資訊|转发的邮件|轉寄的郵件|已转发邮件)\s*-{2,}$/, // NetEase, Gmail zh
];

/** A subject that marks the whole mail as a forward: its first quoted header block is the message sent along. */
const FORWARD_SUBJECT = /^\s*(fwd?|转发|轉寄|转寄|轉發)\s*[:：]/i;

export function isForwardSubject(subject: string | undefined): boolean {
  return subject !== undefined && FORWARD_SUBJECT.test(subject);
}

/** Header blocks as Outlook and QQ Mail quote them: a From line followed by Sent/To/Subject lines. */
const FROM_LINE = /^\*?(From|发件人|發件人|寄件者|寄件人)\s*\*?\s*[:：]/i;
const HEADER_FOLLOW_LINE = /^\*?(Sent|Date|To|Cc|Subject|发送时间|發送時間|日期|收件人|收件者|抄送|副本|主题|主題|主旨|寄件日期)\s*\*?\s*[:：]/i;

/** Lines that start a signature; the signature and anything after it are dropped. */
const SIGNATURE_LINES: readonly RegExp[] = [
  /^--\s?$/, // RFC 3676 signature delimiter "-- "
  /^(Sent from my|Get Outlook for)\b/i,
  /^(发自我的|發自我的|从我的|從我的).{0,40}$/, // "发自我的iPhone", "從我的 iPhone 傳送"
  /^发自\s?(网易邮箱|QQ邮箱|手机QQ邮箱|Outlook|邮箱大师)/,
  /^_{10,}$/, // Outlook's rule above its quoted header block
];

/** The line trimmed, or '' when it is too long to be a marker (see MAX_MARKER_LINE_LENGTH). */
function markerCandidate(line: string | undefined): string {
  return line === undefined || line.length > MAX_MARKER_LINE_LENGTH ? '' : line.trim();
}

function startsQuotedHeaderBlock(following: readonly string[], line: string): boolean {
  if (!FROM_LINE.test(line)) return false;
  return following.slice(0, HEADER_BLOCK_LINES).some((next) => HEADER_FOLLOW_LINE.test(markerCandidate(next)));
}

const RULE_LINE = /^[-_=*]{3,}$/;

/**
 * A mail enclosed as a message/rfc822 part, as the MIME parser writes it into the text: its
 * header fields (From first) between two rules of the same length. Nothing a client quotes
 * looks so; a quoted header block under a rule has no closing rule.
 */
function startsEnclosedMessage(line: string, following: readonly string[]): boolean {
  return /^-{3,}$/.test(line) && FROM_LINE.test(markerCandidate(following[0])) && following.slice(1).some((next) => next.trim() === line);
}

function startsForwardedMessage(line: string, following: readonly string[]): boolean {
  return FORWARD_MARKER_LINES.some((pattern) => pattern.test(line)) || startsEnclosedMessage(line, following);
}

/** `line` (trimmed) followed by `following` (the next lines, up to LOOKAHEAD_LINES of them). */
function startsQuote(line: string, following: readonly string[]): boolean {
  const joined = `${line} ${markerCandidate(following[0])}`;
  return (
    QUOTE_HEADER_LINES.some((pattern) => pattern.test(line)) ||
    WRAPPING_ATTRIBUTION_LINES.some((pattern) => pattern.test(line) || pattern.test(joined)) ||
    startsQuotedHeaderBlock(following, line)
  );
}

/** A field of a forwarded message's header block, or a rule around it. */
function isForwardHeaderField(candidate: string): boolean {
  return RULE_LINE.test(candidate) || FROM_LINE.test(candidate) || HEADER_FOLLOW_LINE.test(candidate);
}

/** A quoted header block's Sent/To/Subject lines follow its From line within this many lines. */
const HEADER_BLOCK_LINES = 4;
/** An enclosed message's header block (From, Subject, Date, To, Cc, folded lines) closes within this many. */
const LOOKAHEAD_LINES = 8;

/** A line ends at CRLF, a bare CR or a bare LF. */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * The lines of `text` one at a time, each with the few after it and where its break ends, without
 * splitting or rewriting the whole text: a 16 MB mail of one-character lines made an array of
 * 8 million strings (and one more of the lines kept), and replacing its 8 million bare CRs took
 * 700 MB more, where the SES path's Lambda has 512 MB.
 */
function* linesWithLookahead(text: string): Generator<[line: string, following: readonly string[], restStart: number]> {
  const lineBreak = new RegExp(LINE_BREAK);
  let start = 0;
  const next = (): [string, number] | undefined => {
    if (start > text.length) return undefined;
    const found = lineBreak.exec(text);
    const line = text.slice(start, found ? found.index : text.length);
    start = found ? lineBreak.lastIndex : text.length + 1;
    return [line, start];
  };
  const ahead: [string, number][] = [];
  for (let line = next(); line; ) {
    while (ahead.length < LOOKAHEAD_LINES) {
      const more = next();
      if (!more) break;
      ahead.push(more);
    }
    yield [line[0], ahead.map(([following]) => following), line[1]];
    line = ahead.shift();
  }
}

/**
 * What the customer wrote, without the quoted original and signature, and with the text of any
 * message forwarded along (without its header block). `forwarded` (the subject says Fwd/转发)
 * makes the first quoted header block a forwarded message's: clients that mark forwards no other
 * way (Outlook, QQ Mail) head it as they head a quote. Only `keepChars` of it can
 * be stored (the queue message's text budget), so once that much is kept the rest of the text is
 * appended as it is, unexamined: what is stored is the same, and the work no longer grows with a
 * hostile tail of millions of lines (the truncation notice then counts that tail unstripped).
 */
export function stripQuotedReply(text: string, keepChars = Number.POSITIVE_INFINITY, forwarded = false): string {
  const kept: string[] = [];
  let keptChars = 0;
  let reading: 'own' | 'signature' | 'forward-header' = 'own';
  let forwardsBySubject = forwarded ? 1 : 0;
  // In a forwarded header block: whether the line before was one of its fields (a field folds onto indented lines).
  let afterField = false;
  for (const [line, following, restStart] of linesWithLookahead(text)) {
    const candidate = markerCandidate(line);
    if (reading === 'forward-header') {
      const field = candidate !== '' && isForwardHeaderField(candidate);
      const folded: boolean = afterField && candidate !== '' && /^\s/.test(line);
      afterField = field || folded;
      if (field || folded || line.trim() === '') continue;
      reading = 'own';
    }
    if (candidate) {
      const forward = startsForwardedMessage(candidate, following);
      const quote = !forward && startsQuote(candidate, following);
      if (quote && forwardsBySubject === 0) break;
      if (forward || quote) {
        if (quote) forwardsBySubject -= 1;
        if (kept.length > 0 && kept[kept.length - 1]!.trim() !== '') kept.push('');
        reading = 'forward-header';
        afterField = isForwardHeaderField(candidate);
        continue;
      }
    }
    // A signature ends what the customer wrote, but a message forwarded below it is read.
    if (reading === 'signature') continue;
    if (candidate && SIGNATURE_LINES.some((pattern) => pattern.test(candidate))) {
      reading = 'signature';
      continue;
    }
    // Interleaved quoting: lines quoted with ">" are the earlier message, not the customer.
    if (line.trimStart().startsWith('>')) continue;
    kept.push(line);
    keptChars += line.length + 1;
    if (keptChars > keepChars) {
      kept.push(text.slice(restStart));
      break;
    }
  }
  // A separator rule left above a cut header block ("-----", "_____") is not the customer's.
  while (kept.length > 0 && /^[\s\-_=*]*$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  const stripped = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  // A message that is all quote (a bare forward) still says something: keep it whole then.
  return stripped || text.trim();
}
