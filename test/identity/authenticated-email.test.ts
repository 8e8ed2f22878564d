import { describe, expect, it } from 'vitest';
import { authenticatedEmail, normaliseEmail } from '../../shared/identity/normalise.ts';

describe('the address a mail provider authenticated', () => {
  it.each([
    ['li.lei@example.com', 'li.lei@example.com'],
    ['Li.Lei@Example.COM', 'li.lei@example.com'],
    ['li.lei@ｅｘａｍｐｌｅ．ｃｏｍ', 'li.lei@example.com'],
    ['li.lei@example。com.', 'li.lei@example.com'],
    ['李雷@例子.中国', '李雷@xn--fsqu00a.xn--fiqs8s'],
  ])('%s is the mailbox %s', (written, address) => {
    expect(authenticatedEmail(written)).toBe(address);
  });

  it.each(['ｌｉ.ｌｅｉ@example.com', '𝐥𝐢.𝐥𝐞𝐢@example.com', 'ⓛi.lei@example.com', 'li.leᶦ@example.com', 'ﬁ.lei@example.com', '\u212Aate@example.com', 'ＬＩ.ＬＥＩ@example.com', 'li.lei＠example.com'])(
    '%s is a mailbox of its own, though a form writing it names the same customer as its folded spelling',
    (written) => {
      expect(normaliseEmail(written)).toBeDefined();
      expect(authenticatedEmail(written)).toBeUndefined();
    },
  );
});
