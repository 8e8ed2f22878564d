/**
 * Review platforms export a review with the business's reply after it ("宾馆反馈 2008年6月3日 :
 * 尊敬的客人…", "商家回复：亲，非常抱歉…", "【商家回复】亲，…"). The reply is the business's words,
 * polite by trade: read as the customer's, it turned complaints lukewarm ("感谢", "期待您的再次光临")
 * and lent its "问题"/"改进", and the refund or compensation it offers ("已为您申请退款", "联系我们
 *补偿"), to the complaint types: a food review with such a reply came out after_sales. Only the
 * customer's words before it are classified.
 *
 * A customer quoting the business ("商家回复说已经出餐了", "商家回复：马上到。结果又等了一小时")
 * is the customer's own account, so a reply is recognised only by the export's form: the
 * replier's heading, bare or in brackets, an optional date (bare or in brackets), a colon, a
 * closing bracket or a space, and a reply's opening formula. The text is matched before it is
 * folded to simplified characters, so the heading and the formulas are also listed traditional.
 */
const REPLY = new RegExp(
  '[【\\[（(〔]?\\s*(?:宾馆|賓館|酒店|饭店|飯店|商家|店家|掌柜|掌櫃|店主|老板|老闆|管理员|管理員|官方|客服)(?:反馈|反饋|回复|回覆|回應|回应|答复|答覆)' +
    '\\s*[】\\]）)〕]?\\s*' +
    '(?:[（(]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[）)]?)?' +
    '(?:\\s*[:：]\\s*|(?<=[】\\]）)〕])\\s*|\\s+)' +
    '(?:尊敬的|親愛的|亲爱的|亲亲|親親|亲[，,！!～~ ]|親[，,！!～~ ]|您好|你好|感谢|感謝|谢谢|謝謝|多谢|多謝|非常感谢|非常感謝|非常抱歉|很抱歉|抱歉|对不起|對不起|欢迎|歡迎|Dear\\b|Thank)',
  'iu',
);

/**
 * The replier's verb every reply heading holds: most messages have none, and testing for it is far cheaper than trying the
 * heading's alternatives at every character.
 */
const REPLY_VERB = /反[馈饋]|回[复覆應应]|答[复覆]/;

/** The text before the first business reply, when a reply follows the customer's words. */
export function withoutBusinessReply(text: string): string {
  if (!REPLY_VERB.test(text)) return text;
  const reply = REPLY.exec(text);
  if (!reply || reply.index === 0) return text;
  const customerWords = text.slice(0, reply.index).trimEnd();
  return customerWords.length > 0 ? customerWords : text;
}
