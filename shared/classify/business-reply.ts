/**
 * Review platforms export a review with the business's reply after it ("宾馆反馈 2008年6月3日 :
 * 尊敬的客人…", "商家回复：亲，非常抱歉…"). The reply is the business's words, polite by trade:
 * read as the customer's, it turned complaints lukewarm ("感谢", "期待您的再次光临") and lent its
 * "问题"/"改进" to the complaint types. Only the customer's words before it are classified.
 *
 * A customer quoting the business ("商家回复说已经出餐了", "商家回复：马上到。结果又等了一小时")
 * is the customer's own account, so a reply is recognised only by the export's form: the
 * replier's heading, an optional date, a colon, and a reply's opening formula.
 */
const REPLY = new RegExp(
  '(?:宾馆|酒店|饭店|商家|店家|掌柜|店主|老板|管理员|官方|客服)(?:反馈|回复|回覆|回應|回应|答复)' +
    '\\s*(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)?\\s*[:：]\\s*' +
    '(?:尊敬的|亲爱的|亲[，,！!～~ ]|您好|你好|感谢|谢谢|多谢|非常感谢|非常抱歉|很抱歉|抱歉|对不起|欢迎|Dear\\b|Thank)',
  'iu',
);

/** The text before the first business reply, when a reply follows the customer's words. */
export function withoutBusinessReply(text: string): string {
  const reply = REPLY.exec(text);
  if (!reply || reply.index === 0) return text;
  const customerWords = text.slice(0, reply.index).trimEnd();
  return customerWords.length > 0 ? customerWords : text;
}
