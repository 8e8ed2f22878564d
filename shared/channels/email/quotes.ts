/**
 * Cuts a customer's email down to what they wrote: quoted earlier messages and signatures go.
 * Mail clients mark the start of the quoted part with a line of their own; the ones below are
 * those of common English and Chinese clients (Gmail, Outlook, Apple Mail, QQ Mail/Foxmail,
 * NetEase 163/126, and their Traditional Chinese versions).
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

function startsQuotedHeaderBlock(lines: readonly string[], index: number, line: string): boolean {
  if (!FROM_LINE.test(line)) return false;
  return lines.slice(index + 1, index + 5).some((next) => HEADER_FOLLOW_LINE.test(markerCandidate(next)));
}

function isCutLine(lines: readonly string[], index: number): boolean {
  const line = markerCandidate(lines[index]);
  if (!line) return false;
  const joined = `${line} ${markerCandidate(lines[index + 1])}`;
  return (
    QUOTE_HEADER_LINES.some((pattern) => pattern.test(line)) ||
    WRAPPING_ATTRIBUTION_LINES.some((pattern) => pattern.test(line) || pattern.test(joined)) ||
    SIGNATURE_LINES.some((pattern) => pattern.test(line)) ||
    startsQuotedHeaderBlock(lines, index, line)
  );
}

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (isCutLine(lines, index)) break;
    // Interleaved quoting: lines quoted with ">" are the earlier message, not the customer.
    if ((lines[index] ?? '').trimStart().startsWith('>')) continue;
    kept.push(lines[index] ?? '');
  }
  // A separator rule left above a cut header block ("-----", "_____") is not the customer's.
  while (kept.length > 0 && /^[\s\-_=*]*$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  const stripped = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  // A message that is all quote (a bare forward) still says something: keep it whole then.
  return stripped || text.trim();
}
