import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskedContact, maskedExcerpt, maskName, maskPersonalData } from '../../shared/digest/mask.ts';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((list) => list.join(''));
const chineseMobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9, 9)).map(([a, b]) => a + b);
const idNumber = fc.tuple(digits(17, 17), fc.constantFrom('0', '5', 'X', 'x')).map(([body, check]) => body + check);
const bankCard = digits(16, 19);
const groupedCard = digits(16, 16).map((card) => card.match(/.{4}/g)!.join(' '));
const internationalPhone = fc.tuple(chineseMobile).map(([mobile]) => `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.constantFrom('com', 'cn', 'com.cn', 'org'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
/** Text with no digits (一, 七 and 三 are digit words) and no @: Chinese, English, punctuation. */
const harmless = fc.stringMatching(/^[\u4e0a-\u4e2fA-Za-z ,.!?，。！？：]{0,40}$/);

const secrets = fc.oneof(chineseMobile, idNumber, bankCard, groupedCard, internationalPhone);
const visibleDigits = (text: string) => text.replace(/[^0-9\uFF10-\uFF19]/g, '');

describe('maskPersonalData', () => {
  it('leaves text without personal data unchanged', () => {
    fc.assert(fc.property(harmless, (text) => maskPersonalData(text) === text));
  });

  it('never shows more than the last four digits of a phone, ID or card number', () => {
    // 17 digits then a lone X (against them, or after a space or dash) is an ID number by definition, so text after a secret starts otherwise.
    const following = harmless.filter((text) => !/^[\s-]?[Xx]/.test(text));
    fc.assert(
      fc.property(harmless, secrets, following, (before, secret, after) => {
        const masked = maskPersonalData(`${before}${secret}${after}`);
        expect(masked.startsWith(before)).toBe(true);
        expect(masked.endsWith(after)).toBe(true);
        const shown = visibleDigits(masked.slice(before.length, masked.length - after.length));
        expect(shown).toBe(visibleDigits(secret).slice(-4));
        expect(masked).not.toContain(secret);
      }),
    );
  });

  it('hides the local part of e-mail addresses but keeps the domain', () => {
    fc.assert(
      fc.property(harmless, email, harmless, (before, address, after) => {
        const masked = maskPersonalData(`${before} ${address} ${after}`);
        const [local, domain] = address.split('@') as [string, string];
        expect(masked).toBe(`${before} ${local[0]}***@${domain} ${after}`);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(harmless, secrets, email), { maxLength: 6 }), (parts) => {
        const once = maskPersonalData(parts.join(' '));
        expect(maskPersonalData(once)).toBe(once);
      }),
    );
  });

  it('masks a card number followed by text, and keeps digits inside an address domain', () => {
    expect(maskPersonalData('0000000000000000x')).toBe('************0000x');
    expect(maskPersonalData('a@a0000000.com 13800138000@qq.com')).toBe('a***@a0000000.com 1***@qq.com');
  });

  it('masks the forms customers actually write', () => {
    expect(maskPersonalData('电话13800138000')).toBe('电话*******8000');
    expect(maskPersonalData('身份证11010119900307123X谢谢')).toBe('身份证*************7123*谢谢');
    expect(maskPersonalData('card 6222-0212-3456-7890')).toBe('card ****-****-****-7890');
    expect(maskPersonalData('手机 １３８００１３８０００')).toBe('手机 *******８０００');
    expect(maskPersonalData('订单 12345 到了')).toBe('订单 12345 到了');
    expect(maskPersonalData('mail Li.Lei@Example.COM now')).toBe('mail L***@Example.COM now');
  });
});

describe('excerpts and names', () => {
  it('masks before shortening, so a cut never exposes a partial number', () => {
    const text = `${'很'.repeat(10)}13800138000`;
    expect(maskedExcerpt(text, 15)).toBe(`${'很'.repeat(10)}****…`);
  });

  it('masks a number however its digit groups are separated: invisible characters, doubled or full-width spaces, dots, slashes, brackets', () => {
    const separators = ['\u200b', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u202e', '  ', '\u3000', '.', '/', ' - ', ') ', '·'];
    fc.assert(
      fc.property(harmless, chineseMobile, fc.constantFrom(...separators), (before, mobile, separator) => {
        const written = [mobile.slice(0, 3), mobile.slice(3, 7), mobile.slice(7)].join(separator);
        const shown = visibleDigits(maskedExcerpt(`${before} 电话 ${written}`, 200));
        expect(shown).toBe(mobile.slice(-4));
      }),
    );
    expect(maskedExcerpt('电话 (138) 0013-8000', 200)).toBe('电话 (***) ****-8000');
    expect(maskedExcerpt('mail li\u200b.lei@exam\u200bple.com', 200)).toBe('mail l***@example.com');
  });

  it('drops the format characters a customer typed (bidi overrides, zero-width spaces) from names and excerpts', () => {
    expect(maskName('\u202E李雷')).toBe('李*');
    expect(maskName('\u200b\u200bAlice')).toBe('A****');
    expect(maskedExcerpt('退款\u202E 00.001$ 请处理', 200)).toBe('退款 00.001$ 请处理');
  });

  it('keeps the first character of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('Alice Wong')).toBe('A****');
  });
});

describe('personal data as customers type it (found by audit)', () => {
  it('masks the forms that got through: Unicode and full-width addresses, spaced @, Chinese separators and digit words, ID numbers in groups', () => {
    expect(maskPersonalData('联系 张伟@example.com 谢谢')).toBe('联系 张***@example.com 谢谢');
    expect(maskPersonalData('邮箱 ｚｈａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('邮箱 z***@example.com');
    expect(maskPersonalData('邮箱 zhang.wei＠example.com')).toBe('邮箱 z***@example.com');
    expect(maskPersonalData('mail li.lei @ example.com now')).toBe('mail l***@example.com now');
    expect(maskPersonalData('mail a!b#c$d@example.com')).toBe('mail a***@example.com');
    expect(maskPersonalData('电话138，0013，8000')).toBe('电话***，****，8000');
    expect(maskPersonalData('电话138、0013、8000')).toBe('电话***、****、8000');
    expect(maskPersonalData('电话一三八零零一三八零零零。')).toBe('电话*******八零零零。');
    expect(maskPersonalData('身份证 110105 19491231 002X')).toBe('身份证 ****** *******1 002*');
  });

  it('masks the characters as written and leaves the rest of the text as it was', () => {
    expect(maskPersonalData('你好，订单（12345）还没到？电话：１３８－００１３－８０００！')).toBe('你好，订单（12345）还没到？电话：***－****－８０００！');
    expect(maskPersonalData('a@b.com.zhang@qq.com')).toBe('a***@qq.com');
  });

  const chineseDigit = (digit: string) => '零一二三四五六七八九'[Number(digit)]!;
  const fullWidth = (text: string) => text.replace(/[!-~]/g, (character) => String.fromCodePoint(character.codePointAt(0)! + 0xfee0));
  const separators = ['，', '、', ',', '.', '。', '-', '－', '—', '~', '_', ' ', '　', '/', '|', '·', '・', ' , '];

  it('never shows more than the last four digits of a number, whatever separates its groups and whichever digits it is written in', () => {
    const written = fc
      .tuple(chineseMobile, fc.constantFrom(...separators), fc.constantFrom('ascii', 'full-width', 'chinese'))
      .map(([mobile, separator, digits]) => {
        const shown = digits === 'ascii' ? mobile : digits === 'full-width' ? fullWidth(mobile) : [...mobile].map(chineseDigit).join('');
        return { mobile, text: [shown.slice(0, 3), shown.slice(3, 7), shown.slice(7)].join(separator) };
      });
    const readDigits = (text: string) =>
      [...text.normalize('NFKC')].map((character) => ('零一二三四五六七八九'.includes(character) ? String('零一二三四五六七八九'.indexOf(character)) : character)).join('');
    fc.assert(
      fc.property(harmless, written, harmless, (before, { mobile, text }, after) => {
        const masked = maskPersonalData(`${before} ${text} ${after}`);
        expect(visibleDigits(readDigits(masked))).toBe(mobile.slice(-4));
      }),
    );
  });

  it('hides every local part but its first character, in any script, width or spacing, and keeps the domain', () => {
    const local = fc.stringMatching(/^[a-z张伟李雷王芳][a-z0-9张伟李雷王芳!#$%&'+\/=?^_`{|}~.-]{0,15}$/);
    const domain = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.constantFrom('com', 'cn', 'com.cn', '中国'));
    const spelling = fc.constantFrom('as is', 'full-width', 'spaced');
    fc.assert(
      fc.property(harmless, local, domain, spelling, harmless, (before, localPart, [name, tld], how, after) => {
        const address = `${localPart}@${name}.${tld}`;
        const written = how === 'full-width' ? fullWidth(address) : how === 'spaced' ? address.replace('@', ' @ ') : address;
        expect(maskPersonalData(`${before} ${written} ${after}`)).toBe(`${before} ${[...localPart][0]}***@${name}.${tld} ${after}`);
      }),
    );
  });

  it('takes linear time on hostile input (the test timeout catches a pattern that rescans)', () => {
    const hostile = [
      'a'.repeat(200_000),
      'a.'.repeat(100_000),
      'a@'.repeat(100_000),
      `${'a'.repeat(100_000)}@${'b'.repeat(100_000)}`,
      `x@${'b.'.repeat(100_000)}1`,
      '1 '.repeat(100_000),
      '1,,,,'.repeat(50_000),
      '一二'.repeat(100_000),
    ];
    for (const text of hostile) expect(maskPersonalData(text).length).toBeGreaterThan(0);
  });
});

describe('maskedContact', () => {
  it('masks an identity by its kind, whatever its characters', () => {
    expect(maskedContact('email:张伟@example.com')).toBe('张***@example.com');
    expect(maskedContact('email:a!b#c$d@example.com')).toBe('a***@example.com');
    expect(maskedContact('phone:+8613800138000')).toBe('+*********8000');
  });
});
