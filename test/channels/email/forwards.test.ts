import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../shared/channels/email/parse.ts';

const NOTE = '我上周就投诉过，到现在没人理。';
const COMPLAINT = '你们的外卖送来是冷的，而且少了一份米饭，打电话也没人接。';

async function textOf(...lines: string[]): Promise<string> {
  const parsed = await parseEmail(new TextEncoder().encode(lines.join('\r\n')), { receivedAt: new Date('2026-12-07T00:00:00Z'), via: 'webhook', senderVerified: false });
  return parsed.event!.text;
}

/** A customer forwards a complaint (their own unanswered one, or one passed on): what it says is the feedback. */
describe('a forwarded mail keeps the text it forwards', () => {
  const enclosed = ['From: Wang <wang@example.com>', 'Subject: 投诉', 'Content-Type: text/plain; charset=utf-8', '', COMPLAINT];

  it.each(['', 'Content-Disposition: inline'])('as a message/rfc822 part (%s)', async (disposition) => {
    const text = await textOf(
      'From: Li <li@example.com>', 'Subject: Fwd: 投诉', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain; charset=utf-8', '', NOTE,
      '--b1', 'Content-Type: message/rfc822', ...(disposition ? [disposition] : []), '', ...enclosed, '--b1--', '',
    );
    expect(text).toBe(`${NOTE}\n\n${COMPLAINT}`);
  });

  it('from Outlook on the web (HTML only), the subject saying FW:', async () => {
    const html =
      `<div>${NOTE}</div><div id="appendonsend"></div><hr>` +
      '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Wang &lt;wang@example.com&gt;<br><b>Sent:</b> Monday, December 7, 2026 9:00 AM<br><b>To:</b> support@example.com<br><b>Subject:</b> 投诉</div>' +
      `<div><div dir="ltr">${COMPLAINT}</div></div>`;
    const text = await textOf('From: Li <li@example.com>', 'Subject: FW: 投诉', 'Content-Type: text/html; charset=utf-8', '', html);
    expect(text).toBe(`${NOTE}\n\n${COMPLAINT}`);
    // The same mail as a reply (RE:): the quoted message is ours, and goes.
    expect(await textOf('From: Li <li@example.com>', 'Subject: RE: 投诉', 'Content-Type: text/html; charset=utf-8', '', html)).toBe(NOTE);
  });

  it('from Gmail (HTML only), the forwarded message in its gmail_quote', async () => {
    const html =
      `<div dir="ltr">${NOTE}<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>` +
      'From: <strong class="gmail_sendername" dir="auto">Wang</strong> <span dir="auto">&lt;wang@example.com&gt;</span><br>Date: Mon, Dec 7, 2026 at 9:00 AM<br>Subject: 投诉<br>To: &lt;support@example.com&gt;<br></div><br><br>' +
      `<div dir="ltr">${COMPLAINT}</div></div></div>`;
    expect(await textOf('From: Li <li@example.com>', 'Subject: Fwd: 投诉', 'Content-Type: text/html; charset=utf-8', '', html)).toBe(`${NOTE}\n\n${COMPLAINT}`);
  });
});
