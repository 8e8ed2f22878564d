import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../shared/channels/email/html.ts';

describe('htmlToPlainText', () => {
  it('turns paragraphs, divs, line breaks and list items into lines and decodes entities', async () => {
    const html = '<div><p>第一段 &amp; more&nbsp;text</p><p>Second   line\n wraps</p><div>a<br>b<br><br>c</div><ul><li>one</li><li>two</li></ul></div>';
    expect(await htmlToPlainText(html)).toBe('第一段 & more\u00a0text\n\nSecond line wraps\n\na\nb\n\nc\n\n* one\n* two');
  });

  it('drops quoted earlier messages marked by Gmail, Outlook and blockquote, and scripts, styles and images', async () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body><div dir="ltr">还没收到货<img src="x.png" alt="logo"></div>' +
      '<div class="gmail_extra gmail_quote"><div>On Mon … wrote:</div><blockquote>old text</blockquote></div>' +
      '<blockquote type="cite"><p>quoted <b>nested</b></p></blockquote><script>alert(1)</script><p>谢谢</p></body></html>';
    expect(await htmlToPlainText(html)).toBe('还没收到货\n\n谢谢');
  });

  it("drops the message an Outlook reply quotes, which Outlook puts after its From/Sent header, not inside it: the agent's words are not the customer's", async () => {
    // Outlook on the web: the reply, an empty appendonsend div, a rule, the header div, then the quoted message as its siblings.
    const owa =
      '<div>It is still not fixed. I want my money back.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Support &lt;s@x.com&gt;<br><b>Sent:</b> Monday<br><b>Subject:</b> RE: refund</font><div>&nbsp;</div></div>' +
      '<div><div dir="ltr">Thank you, we are happy to help! Great news, everything is excellent and resolved.</div></div>';
    expect(await htmlToPlainText(owa)).toBe('It is still not fixed. I want my money back.');
    // Without appendonsend (older Outlook on the web): the header div alone starts the quote.
    expect(await htmlToPlainText('<p>退款还没到</p><div id="divRplyFwdMsg"><b>发件人:</b> 客服</div><div>感谢您的耐心，问题已解决，祝您愉快！</div>')).toBe('退款还没到');
    // Nothing written above it (a message forwarded as it was): the message is what there is to read.
    expect(await htmlToPlainText('<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> 李雷</div><div>快递丢了，我要退款</div>')).toBe('From: 李雷\n快递丢了，我要退款');
  });

  it('keeps the words of a link, not its URL, and separates table cells', async () => {
    expect(await htmlToPlainText('<p>See <a href="https://example.com/x">my order</a></p><table><tr><td>订单</td><td>1234</td></tr></table>')).toBe('See my order\n\n订单 1234');
  });

  it('stops reading markup nested deeper than any mail does: the text below is dropped', async () => {
    // 1 MB of unclosed <div> took ~20 s in the parser before reading stopped at the depth limit.
    const hostile = `<p>还没到货</p>${'<div>'.repeat(200_000)}hidden`;
    expect(await htmlToPlainText(hostile)).toBe('还没到货');
    expect(await htmlToPlainText(`${'<span>'.repeat(200)}kept${'</span>'.repeat(200)}<p>after</p>`)).toBe('kept\n\nafter');
  });

  it('survives deep nesting and unclosed markup without recursion', async () => {
    const deep = `${'<div><span>'.repeat(100)}深${'</span></div>'.repeat(100)}<p>end`;
    expect(await htmlToPlainText(deep)).toBe('深\n\nend');
    expect(await htmlToPlainText('<p>unclosed <b>bold <i>text')).toBe('unclosed bold text');
    expect(await htmlToPlainText('<a <a <!-- <br')).toBe('');
  });
});
