import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { stripQuotedReply } from '../../../shared/channels/email/quotes.ts';

const reply = '东西质量很差，要求退货。';

describe('stripQuotedReply', () => {
  it.each([
    ['Gmail attribution', `${reply}\n\nOn Mon, Mar 4, 2024 at 9:00 AM Support <support@example.com> wrote:\n> Thanks`],
    ['wrapped Gmail attribution', `${reply}\n\nOn Mon, Mar 4, 2024 at 9:00 AM Customer Support Team <\nsupport@example.com> wrote:\n> Thanks`],
    ['Outlook original message', `${reply}\n\n-----Original Message-----\nFrom: Support\nSent: Monday`],
    ['Outlook header block', `${reply}\n\n________________________________\nFrom: Support <support@example.com>\nSent: Monday, March 4, 2024 4:00 PM\nTo: me`],
    ['Outlook zh header block', `${reply}\n\n发件人: 客服中心 <support@example.com>\n发送时间: 2024年3月4日 16:00\n收件人: 张伟\n主题: 订单`],
    ['QQ Mail original', `${reply}\n\n------------------ 原始邮件 ------------------\n发件人: "客服中心"<support@example.com>;`],
    ['compact 原始邮件', `${reply}\n-----原始邮件-----\n发件人：客服`],
    ['NetEase mobile', `${reply}\n\n---- 回复的原邮件 ----\n| 发件人 | 客服中心 |`],
    ['NetEase attribution', `${reply}\n\n在 2024-03-02 09:15:27，"客服中心" <support@example.com> 写道：\n>您好`],
    ['Gmail zh attribution', `${reply}\n\n客服中心 <support@example.com> 于2024年3月4日周一 09:00写道：\n\n> 您好`],
    ['Gmail zh-TW attribution', `${reply}\n\n客服中心 <support@example.com> 於 2024年3月3日 週日 上午10:00寫道：\n\n> 您好`],
    ['Apple Mail zh attribution', `${reply}\n\n2024年3月2日 09:15，客服中心 <support@example.com> 写道：\n\n> 您好`],
    ['Foxmail English original', `${reply}\n\n------------------ Original ------------------\nFrom: "Support"<support@example.com>;`],
    ['Aliyun Mail header block under a rule', `${reply}\n\n------------------------------------------------------------------\n发件人：客服中心 <support@example.com>\n发送时间：2024年3月2日(星期六) 09:15\n收件人：张伟\n主　题：订单`],
    ['zh-TW attribution', `${reply}\n\n於 2024年3月3日 週日 上午10:00，客服中心 <support@example.com> 寫道：\n> 您好`],
    ['zh-TW Outlook header block', `${reply}\n\n寄件者: 客服中心 <support@example.com>\n寄件日期: 2024年3月3日 10:00\n收件者: 王小明`],
    ['RFC 3676 signature', `${reply}\n\n-- \n张伟 | 产品经理`],
    ['iPhone signature', `${reply}\n\n发自我的iPhone`],
    ['zh-TW iPhone signature', `${reply}\n\n從我的 iPhone 傳送`],
    ['English iPhone signature', `${reply}\n\nSent from my iPhone`],
    ['NetEase signature', `${reply}\n\n发自网易邮箱大师`],
  ])('cuts a %s', (_label, text) => {
    expect(stripQuotedReply(text)).toBe(reply);
  });

  it('drops interleaved ">" lines but keeps the answers between them', () => {
    expect(stripQuotedReply('> 您满意吗？\n不满意\n> 为什么？\n发货太慢')).toBe('不满意\n发货太慢');
  });

  it('keeps ordinary lines that merely mention the markers', () => {
    const text = 'From: the very first day the app was slow.\nI wrote to you on Monday: no answer.\n我在评论里写道：很失望';
    expect(stripQuotedReply(text)).toBe(text);
  });

  it('keeps a message that is nothing but a quote', () => {
    const forward = '-----Original Message-----\nFrom: Someone\nThe product broke.';
    expect(stripQuotedReply(forward)).toBe(forward);
  });
});

describe('stripQuotedReply on forwarded messages', () => {
  const note = '这是我上周发的投诉，到现在没人回复。';
  const complaint = '订单 A-1024 的洗衣机送来就是坏的，要求换货。';
  it.each([
    ['Gmail', `${note}\n\n---------- Forwarded message ---------\nFrom: 张伟 <zw@example.com>\nDate: 2024年3月4日周一 09:00\nSubject: 投诉\nTo: <support@example.com>\n\n${complaint}`],
    ['Thunderbird', `${note}\n\n-------- Forwarded Message --------\nSubject: \t投诉\nDate: \tMon, 4 Mar 2024\nFrom: \t张伟 <zw@example.com>\n\n${complaint}`],
    ['Apple Mail', `${note}\n\nBegin forwarded message:\n\nFrom: 张伟 <zw@example.com>\nSubject: 投诉\nDate: 4 March 2024\nTo: support@example.com\n\n${complaint}`],
    ['Apple Mail zh', `${note}\n\n以下为转发的邮件：\n\n发件人: 张伟 <zw@example.com>\n主题: 投诉\n日期: 2024年3月4日\n收件人: support@example.com\n\n${complaint}`],
    ['a mail enclosed as message/rfc822 (as the MIME parser writes it)', `${note}\n\n\n----------------------------------------\nFrom:    张伟 <zw@example.com>\nSubject: 投诉\nDate:    04/03/2024, 09:00:00\nTo:      support@example.com\n              other@example.com\n----------------------------------------\n\n${complaint}`],
    ['Gmail, below the forwarder\'s signature', `${note}\n-- \n李雷\n\n---------- Forwarded message ---------\nFrom: 张伟 <zw@example.com>\nSubject: 投诉\n\n${complaint}`],
    ['Gmail, whose own thread is cut', `${note}\n\n---------- Forwarded message ---------\nFrom: 张伟 <zw@example.com>\nSubject: 投诉\n\n${complaint}\n\nOn Mon, Mar 4, 2024 at 9:00 AM Support <support@example.com> wrote:\n> 已为您处理完毕，祝您满意`],
  ])('keeps what a %s forward carries, without its header block', (_client, text) => {
    expect(stripQuotedReply(text)).toBe(`${note}\n\n${complaint}`);
  });

  it('keeps the text of a forward the subject marks, whose client heads it as it heads a quote (Outlook, QQ Mail)', () => {
    const outlook = `${note}\n\n________________________________\nFrom: 张伟 <zw@example.com>\nSent: Monday, March 4, 2024 9:00 AM\nTo: support@example.com\nSubject: 投诉\n\n${complaint}`;
    const qq = `${note}\n\n------------------ 原始邮件 ------------------\n发件人: "张伟"<zw@example.com>;\n发送时间: 2024年3月4日(星期一) 上午9:00\n收件人: "support"<support@example.com>;\n主题: 投诉\n\n${complaint}`;
    for (const text of [outlook, qq]) {
      expect(stripQuotedReply(text, Number.POSITIVE_INFINITY, true)).toBe(`${note}\n\n${complaint}`);
      // The same shape in a reply is the quoted message, and goes.
      expect(stripQuotedReply(text)).toBe(note);
    }
  });

  it('keeps a forwarded paragraph indented with ideographic spaces, and a forward with nothing above it', () => {
    const forward = `---------- Forwarded message ---------\nFrom: 张伟 <zw@example.com>\nSubject: 投诉\n\n\u3000\u3000${complaint}\n\u3000\u3000${note}`;
    expect(stripQuotedReply(forward)).toBe(`${complaint}\n\u3000\u3000${note}`);
  });
});

describe('stripQuotedReply on hostile lines', () => {
  // Each of these shapes took seconds at 80 KB when a marker regex was tried on the whole line;
  // with bounded work per line they take milliseconds. The test timeout is the stall detector.
  const HOSTILE_LINE_LENGTH = 150_000;
  it.each([
    ['"<" then a run of "@"', `<${'@'.repeat(HOSTILE_LINE_LENGTH)}`],
    ['spaces ending in a letter, as the last line', `你好\n${' '.repeat(HOSTILE_LINE_LENGTH)}x`],
    ['an address-like run without ">"', `<a@${'b'.repeat(HOSTILE_LINE_LENGTH)}`],
  ])('does not stall on %s', { timeout: 3_000 }, (_label, text) => {
    expect(typeof stripQuotedReply(text)).toBe('string');
  });

  it('stays fast on long lines built from marker fragments', { timeout: 10_000 }, () => {
    const fragment = fc.constantFrom('<', '@', '>', ' ', '-', '_', '=', '*', 'a', 'On ', ' wrote:', '写道', '：', '发件人:', '\t');
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1_000, max: 4_000 }), (parts, times) => {
        const line = parts.join('').repeat(times);
        expect(typeof stripQuotedReply(`谢谢\n${line}\n${line}`)).toBe('string');
      }),
      { numRuns: 20 },
    );
  });
});

describe('stripQuotedReply past what can be stored', () => {
  /** Marker tests run while stripping `text` down to `keepChars`. Counted, not timed. */
  function markerTests(text: string, keepChars: number): number {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      stripQuotedReply(text, keepChars);
      return test.mock.calls.length;
    } finally {
      test.mockRestore();
    }
  }
  const written = '快递三天还没到\n'.repeat(2_000);

  it.each([
    ['one-character lines', 'a\n'],
    ['bare CR lines', 'a\r'],
    ['quoted lines', '> a\r\n'],
  ])('does no more work for a longer tail of %s', (_shape, line) => {
    const short = markerTests(written + line.repeat(50_000), 10_000);
    expect(markerTests(written + line.repeat(500_000), 10_000)).toBe(short);
  });

  it('keeps what can be stored as before, the tail appended unexamined', () => {
    const text = `${written}> 原文\n${'a\r'.repeat(10)}`;
    const stripped = stripQuotedReply(text, 10_000);
    expect(stripped.slice(0, 10_000)).toBe(stripQuotedReply(text).slice(0, 10_000));
    expect(stripped.endsWith('a\ra')).toBe(true);
  });
});
