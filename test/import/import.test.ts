import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile, toEvent } from '../../cli/import.ts';
import { MAX_LINE_CHARS } from '../../cli/utf8-lines.ts';
import { decoderRefusingLinesWith } from '../support/string-too-long.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { smsEvent } from '../../shared/channels/sms-event.ts';
import { smsKeyword } from '../../shared/channels/sms-keywords.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { reportingDay } from '../../shared/timeline/counters.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const clock = { now: () => new Date('2026-11-25T00:00:00Z') };
const classifier = createLocalClassifier();
let directory: string;
let store: LocalStore;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'feedback-import-'));
  store = new LocalStore(join(directory, 'data'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function importInto(path: string) {
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: 'Asia/Shanghai' });
  return importFile(path, { processEvent, defaultPhoneRegion: 'CN' });
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
}

const JSONL = [
  { channel: 'email', receivedAt: '2026-10-03T09:15:00+08:00', text: '快递太慢了，一周还没到', email: 'Wang@Example.com', externalId: 'zendesk-1001', rating: 2 },
  { channel: 'sms', receivedAt: '2026-10-03T23:30:00Z', text: 'Thanks, great service', phone: '13800138000' },
  'this line is not JSON',
  { channel: 'fax', receivedAt: '2026-10-04T10:00:00Z', text: 'hello', email: 'a@b.com' },
  { channel: 'web', receivedAt: 'yesterday', text: 'hello', email: 'a@b.com' },
  { channel: 'wechat', receivedAt: '2026-10-05T10:00:00Z', text: '没有任何身份' },
  { channel: 'web', receivedAt: '2026-10-05T10:00:00Z', text: 'bad phone', phone: '12' },
  { channel: 'wechat', receivedAt: '2026-10-06T08:00:00+08:00', text: '退款什么时候到账？', wechatOpenId: 'o-abc', nps: 3, subject: null },
  { channel: 'web', receivedAt: '2026-10-06T08:00:00+08:00', text: 'Rating out of range', customerId: 'C-1', rating: 9 },
]
  .map((row) => (typeof row === 'string' ? row : JSON.stringify(row)))
  .join('\n');

describe('importFile (JSON lines)', () => {
  it('imports good lines with their original timestamps and reports bad ones by line number', async () => {
    const summary = await importInto(await file('history.jsonl', `${JSONL}\n\n`));
    expect(summary.imported).toBe(3);
    expect(summary.duplicates).toBe(0);
    expect(summary.bad.map((bad) => bad.line)).toEqual([3, 4, 5, 6, 7, 9]);
    expect(summary.bad[0]?.problem).toMatch(/not valid JSON/);
    expect(summary.bad[1]?.problem).toMatch(/^channel:/);
    expect(summary.bad[2]?.problem).toMatch(/^receivedAt:/);
    expect(summary.bad[3]?.problem).toMatch(/no customer identity/);
    expect(summary.bad[4]?.problem).toMatch(/^phone:/);
    expect(summary.bad[5]?.problem).toMatch(/^rating:/);

    const owner = await store.getIdentityOwner('email:wang@example.com');
    const timeline = await store.listTimeline(owner!, { limit: 10 });
    expect(timeline.items).toHaveLength(1);
    const [item] = timeline.items;
    expect(item).toMatchObject({ source: 'import', channel: 'email', receivedAt: '2026-10-03T01:15:00.000Z', rating: 2, day: '2026-10-03' });
    expect(item?.metadata).toEqual({ externalId: 'zendesk-1001' });
    expect(await store.getIdentityOwner('phone:+8613800138000')).toBeDefined();
    // Counted on the reporting day of the original time, not the day of the import.
    const counters = await store.getDailyCounters(['2026-10-03', '2026-10-04', '2026-10-06']);
    expect(counters.get('2026-10-03')?.total).toBe(1);
    expect(counters.get('2026-10-04')?.total).toBe(1); // 23:30 UTC on the 3rd is the 4th in Shanghai
    expect(counters.get('2026-10-06')?.['nps.detractors']).toBe(1);
    expect(reportingDay('2026-10-03T23:30:00Z', 'Asia/Shanghai')).toBe('2026-10-04');
  });

  it('reports a row whose text or subject holds an unpaired surrogate or NUL, and imports nothing of it', async () => {
    const rows = [
      String.raw`{"channel":"web","receivedAt":"2026-10-03T09:15:00Z","text":"坏\ud800","email":"surrogate@example.com"}`,
      String.raw`{"channel":"web","receivedAt":"2026-10-03T09:15:00Z","text":"ok","subject":"nul\u0000","email":"nul@example.com"}`,
    ];
    const summary = await importInto(await file('bad-text.jsonl', rows.join('\n')));
    expect(summary.imported).toBe(0);
    expect(summary.bad.map((bad) => bad.problem)).toEqual([expect.stringMatching(/^text: .*surrogate/), expect.stringMatching(/^subject: .*NUL/)]);
    expect(await store.getIdentityOwner('email:surrogate@example.com')).toBeUndefined();
  });

  it("reports a row whose customerId is a form's anonymous one (anonymous-…): it would join that anonymous poster's customer", async () => {
    const rows = [{ channel: 'web', receivedAt: '2026-10-03T09:15:00Z', text: '菜凉了', customerId: 'Anonymous-fb_zzz' }].map((row) => JSON.stringify(row));
    const summary = await importInto(await file('anonymous.jsonl', rows.join('\n')));
    expect(summary).toMatchObject({ imported: 0, bad: [{ line: 1, problem: expect.stringMatching(/^customerId: .*anonymous/) }] });
    expect(await store.getIdentityOwner('form:Anonymous-fb_zzz')).toBeUndefined();
  });

  it('reports a rating or NPS that is not plain decimal digits (0x2, 1e0, " 3", 2.0 were read as 2, 1, 3 and 2)', async () => {
    const rows = ['0x2', '1e0', ' 3', '2.0', '+4'].map((rating, index) => JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T09:15:00Z', text: '一般', email: `rating${index}@example.com`, rating }));
    rows.push(JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T09:15:00Z', text: '一般', email: 'nps@example.com', nps: '0x9' }));
    rows.push(JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T09:15:00Z', text: '还行', email: 'plain@example.com', rating: '4', nps: 9 }));
    const summary = await importInto(await file('ratings.jsonl', rows.join('\n')));
    expect(summary.imported).toBe(1);
    expect(summary.bad.map((bad) => bad.problem)).toEqual([...Array(5).fill(expect.stringMatching(/^rating:/)), expect.stringMatching(/^nps:/)]);
  });

  it('reports a line that is not UTF-8 (a GBK export) and imports the others, instead of storing U+FFFD', async () => {
    const gbk = Buffer.concat([Buffer.from('{"channel":"web","receivedAt":"2026-10-03T09:15:00Z","email":"gbk@example.com","text":"'), Buffer.from([0xbf, 0xec, 0xb5, 0xdd, 0xcc, 0xab, 0xc2, 0xfd]), Buffer.from('"}')]);
    const good = Buffer.from(JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T10:15:00Z', email: 'utf8@example.com', text: '快递太慢' }));
    const summary = await importInto(await file('mixed.jsonl', Buffer.concat([gbk, Buffer.from('\n'), good, Buffer.from('\n')])));
    expect(summary).toMatchObject({ imported: 1, bad: [{ line: 1, problem: expect.stringMatching(/not UTF-8/) }] });
    expect(await store.getIdentityOwner('email:gbk@example.com')).toBeUndefined();
  });

  it('reports a JSON line too long for any string as too long, not as not UTF-8, and imports the others; a CSV stops there (found by audit)', async () => {
    decoderRefusingLinesWith('HUGE');
    try {
      const good = JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T10:15:00Z', email: 'utf8@example.com', text: '快递太慢' });
      const jsonl = await importInto(await file('huge.jsonl', `${JSON.stringify({ channel: 'web', receivedAt: '2026-10-03T09:15:00Z', email: 'huge@example.com', text: 'HUGE' })}\n${good}\n`));
      expect(jsonl).toMatchObject({ imported: 1, bad: [{ line: 1, problem: `longer than the ${MAX_LINE_CHARS.toLocaleString('en')} characters a line can be read as (a text is at most 100,000)` }] });
      const csv = await importInto(await file('huge.csv', 'channel,receivedAt,text,email\r\nweb,2026-10-07T11:00:00Z,HUGE,csv@example.com\r\nweb,2026-10-07T12:00:00Z,later,b@example.com\r\n'));
      expect(csv).toMatchObject({ imported: 0, bad: [{ line: 2, problem: expect.stringMatching(/^longer than .*; the rest of the file cannot be read$/) }] });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('reports a receivedAt whose reporting day has no four-digit year (0999, 9999-12-31 in Shanghai) and imports the rest: processing one stopped the import', async () => {
    const row = (receivedAt: string, text: string) => JSON.stringify({ channel: 'web', receivedAt, text, email: 'far@example.com' });
    const lines = [row('0000-01-01T00:00:00Z', '太慢了'), row('0999-06-01T00:00:00Z', '太慢了'), row('9999-12-31T20:00:00Z', '太慢了'), row('1000-01-02T00:00:00Z', '太慢了，一周还没到'), row('2026-10-03T09:15:00+08:00', '太慢了')];
    const summary = await importInto(await file('far.jsonl', lines.join('\n')));
    expect(summary.bad.map((bad) => [bad.line, bad.problem.split(':')[0]])).toEqual([[1, 'receivedAt'], [2, 'receivedAt'], [3, 'receivedAt']]);
    expect(summary.imported).toBe(2);
  });

  it('reports a row whose text is only blanks or invisible characters, as a web form refuses such a message, and stores nothing of it', async () => {
    const lines = ['   ', ' \u200b\u00a0\u3000 ', '\t'].map((text, index) => JSON.stringify({ channel: 'web', receivedAt: '2026-10-07T10:00:00Z', text, email: `blank${index}@example.com` }));
    const summary = await importInto(await file('blank.jsonl', lines.join('\n')));
    expect(summary.imported).toBe(0);
    expect(summary.bad.map((bad) => [bad.line, bad.problem.split(':')[0]])).toEqual([[1, 'text'], [2, 'text'], [3, 'text']]);
    for (const index of [0, 1, 2]) expect(await store.getIdentityOwner(`email:blank${index}@example.com`)).toBeUndefined();
  });

  it('adds nothing when the same file is imported again', async () => {
    const path = await file('history.jsonl', JSONL);
    await importInto(path);
    const before = await store.getDailyCounters(['2026-10-03', '2026-10-04', '2026-10-06']);
    const again = await importInto(path);
    expect(again).toMatchObject({ imported: 0, duplicates: 3 });
    expect(await store.getDailyCounters(['2026-10-03', '2026-10-04', '2026-10-06'])).toEqual(before);
  });
});

describe('backfill and history-based urgency', () => {
  it('does not make an old complaint urgent for complaints that came after it; one after two unresolved still is', async () => {
    const row = (day: string, text = '外卖送得太慢了，菜都凉了，很失望') =>
      JSON.stringify({ channel: 'web', receivedAt: `2026-11-${day}T10:00:00+08:00`, text, phone: '13900139000' });
    // Three recent complaints first, then an old one found in an archive.
    expect((await importInto(await file('recent.jsonl', [row('10'), row('11'), row('12')].join('\n')))).imported).toBe(3);
    expect((await importInto(await file('archive.jsonl', row('01')))).imported).toBe(1);
    const owner = (await store.getIdentityOwner('phone:+8613900139000'))!;
    const items = (await store.listTimeline(owner, { limit: 10 })).items;
    const urgentOn = Object.fromEntries(items.map((item) => [item.receivedAt.slice(0, 10), item.classification.urgent]));
    expect(urgentOn).toEqual({ '2026-11-01': false, '2026-11-10': false, '2026-11-11': false, '2026-11-12': true });
  });
});

describe('imported SMS keywords', () => {
  // Opt-outs, an opt-in and help as carriers and providers send them on, beside replies that only look like one.
  const replies = ['退订', 'STOP', 'TD', '“ＳＴＯＰ”', 'start', 'HELP', '取消', 'stop charging me twice', '快递还没到，退订不了'];
  const rowOf = (text: string, index: number) => ({ channel: 'sms', receivedAt: `2026-11-18T1${index}:00:00+08:00`, text, phone: `1382222223${index}` });

  it('counts what the live SMS channel counts: a keyword reply is an interaction, never a negative message or a complaint', async () => {
    const summary = await importInto(await file('sms.jsonl', replies.map((text, index) => JSON.stringify(rowOf(text, index))).join('\n')));
    expect(summary.imported).toBe(replies.length);
    const live = new LocalStore();
    const processLive = createEventProcessor({ store: live, classifier, clock, timeZone: 'Asia/Shanghai' });
    for (const [index, text] of replies.entries()) {
      const row = rowOf(text, index);
      await processLive(smsEvent({ feedbackId: deriveFeedbackId('tencent-sms', String(index)), source: 'tencent-sms', receivedAt: new Date(row.receivedAt), phone: `+86${row.phone}`, text, keyword: smsKeyword(text), metadata: {} }));
    }
    const imported = (await store.getDailyCounters(['2026-11-18'])).get('2026-11-18');
    expect(imported).toEqual((await live.getDailyCounters(['2026-11-18'])).get('2026-11-18'));
    expect(imported).toMatchObject({ total: replies.length, interactions: 6, messages: 3 });
  });

  it('names the keyword on the imported event as the live channel does, and keeps the row\'s externalId', () => {
    expect(toEvent({ ...rowOf('退订', 0), externalId: 'sms-1' }, 'CN')).toMatchObject({ kind: 'interaction', metadata: { externalId: 'sms-1', smsKeyword: 'opt_out' } });
    expect(toEvent(rowOf('退订不了，快递还没到', 1), 'CN')).toMatchObject({ kind: 'message', metadata: {} });
    // The same word on another channel is what someone wrote: no channel but SMS has keywords.
    expect(toEvent({ channel: 'wechat', receivedAt: '2026-11-18T10:00:00+08:00', text: '退订', wechatOpenId: 'oXdd35Fh8cg8FJyThL0ODDYhAVOI' }, 'CN')).toMatchObject({ kind: 'message' });
  });
});

describe('importFile (CSV)', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside fields', async () => {
    const csv = [
      '\uFEFFchannel,receivedAt,text,email,phone,externalId,rating',
      'web,2026-10-07T10:00:00+08:00,"Late, broken and ""refurbished"" — not what I paid for",li@example.com,,crm-1,1',
      'email,2026-10-07T11:00:00+08:00,"第一行',
      '第二行：配送太慢",zhao@example.com,,crm-2,',
      'sms,2026-10-07T12:00:00+08:00,短信反馈,,+86 139 1234 5678,,5',
      'web,not-a-date,oops,li@example.com,,crm-3,',
    ].join('\r\n');
    const path = await file('history.csv', csv);
    const summary = await importInto(path);
    expect(summary.imported).toBe(3);
    expect(summary.bad).toEqual([{ line: 6, problem: expect.stringMatching(/^receivedAt:/) }]);

    const li = await store.listTimeline((await store.getIdentityOwner('email:li@example.com'))!, { limit: 5 });
    expect(li.items[0]?.text).toBe('Late, broken and "refurbished" — not what I paid for');
    const zhao = await store.listTimeline((await store.getIdentityOwner('email:zhao@example.com'))!, { limit: 5 });
    expect(zhao.items[0]?.text).toBe('第一行\r\n第二行：配送太慢');
    expect(zhao.items[0]?.rating).toBeUndefined();
    expect(await store.getIdentityOwner('phone:+8613912345678')).toBeDefined();

    expect(await importInto(path)).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('reports a CSV saved as GBK (Excel on a Chinese Windows) at its first such line and stops there, storing no U+FFFD', async () => {
    const header = Buffer.from('channel,receivedAt,text,email\r\nweb,2026-10-07T10:00:00Z,fine,a@example.com\r\n');
    const gbkRow = Buffer.concat([Buffer.from('web,2026-10-07T11:00:00Z,'), Buffer.from([0xbf, 0xec, 0xb5, 0xdd, 0xcc, 0xab, 0xc2, 0xfd]), Buffer.from(',gbk@example.com\r\n')]);
    const summary = await importInto(await file('excel.csv', Buffer.concat([header, gbkRow, Buffer.from('web,2026-10-07T12:00:00Z,later,b@example.com\r\n')])));
    expect(summary).toMatchObject({ imported: 1, bad: [{ line: 3, problem: expect.stringMatching(/not UTF-8.*CSV UTF-8/) }] });
    expect(await store.getIdentityOwner('email:gbk@example.com')).toBeUndefined();
  });

  it('skips a record longer than any row can hold without keeping it, reading on to the next (a 150 MB quoted cell took 4 GB and aborted the import)', async () => {
    const huge = Array.from({ length: 1_200 }, () => 'z'.repeat(1_000)).join('\n');
    const path = await file('huge-cell.csv', `channel,receivedAt,text,email\nweb,2026-10-07T10:00:00Z,fine,a@example.com\nweb,2026-10-07T10:00:00Z,"${huge}",b@example.com\nweb,2026-10-07T11:00:00Z,after it,c@example.com\n`);
    const summary = await importInto(path);
    expect(summary).toMatchObject({ imported: 2, bad: [{ line: 3, problem: expect.stringMatching(/longer than 1,000,000 characters.*skipped/) }] });
    expect(await store.getIdentityOwner('email:c@example.com')).toBeDefined();
  });

  it('reports an unterminated quote and stops there', async () => {
    const path = await file('broken.csv', 'channel,receivedAt,text,email\nweb,2026-10-07T10:00:00Z,fine,a@example.com\nweb,2026-10-07T10:00:00Z,"never closed,a@example.com\n');
    const summary = await importInto(path);
    expect(summary.imported).toBe(1);
    expect(summary.bad).toHaveLength(1);
    expect(summary.bad[0]).toEqual({ line: 3, problem: expect.stringMatching(/unterminated quoted field/) });
  });

  it('refuses a header that names a column twice and imports nothing: the later column silently replaced the earlier one (an email lost, a row without identity)', async () => {
    const path = await file('twice.csv', '\uFEFFchannel,receivedAt,text,email,email\r\nweb,2026-10-07T10:00:00Z,first,first@example.com,second@example.com\r\nweb,2026-10-07T10:00:00Z,only one,one@example.com\r\n');
    const summary = await importInto(path);
    expect(summary).toEqual({ imported: 0, duplicates: 0, bad: [{ line: 1, problem: expect.stringMatching(/email.*twice/) }] });
    for (const email of ['first', 'second', 'one']) expect(await store.getIdentityOwner(`email:${email}@example.com`)).toBeUndefined();
  });

  it('refuses a row with fewer or more fields than the header, naming the line and both counts, and imports nothing of it (a missing cell was read as empty)', async () => {
    const csv = [
      'channel,receivedAt,text,email,rating',
      'web,2026-10-07T10:00:00Z,"fine, thanks",whole@example.com,4',
      'web,2026-10-07T11:00:00Z,lost its last comma,short@example.com',
      'web,2026-10-07T12:00:00Z,an unquoted, comma,long@example.com,2',
      'web,2026-10-07T13:00:00Z,"spans',
      'two lines",later@example.com,',
      '',
    ].join('\r\n');
    const summary = await importInto(await file('counts.csv', csv));
    expect(summary).toEqual({
      imported: 2,
      duplicates: 0,
      bad: [
        { line: 3, problem: expect.stringMatching(/^4 fields but the header has 5 columns/) },
        { line: 4, problem: expect.stringMatching(/^6 fields but the header has 5 columns/) },
      ],
    });
    for (const email of ['short', 'long']) expect(await store.getIdentityOwner(`email:${email}@example.com`), email).toBeUndefined();
    const later = await store.listTimeline((await store.getIdentityOwner('email:later@example.com'))!, { limit: 5 });
    expect(later.items[0]?.text).toBe('spans\r\ntwo lines');
  });

  it('reads a quote inside an unquoted field as text, as Excel does, instead of swallowing the rows after it', async () => {
    const csv = 'channel,receivedAt,text,email\nweb,2026-10-07T10:00:00Z,my 5" screen cracked,screen@example.com\nweb,2026-10-07T11:00:00Z,"quoted ""as it should be""",next@example.com\n';
    const summary = await importInto(await file('inch.csv', csv));
    expect(summary).toEqual({ imported: 2, duplicates: 0, bad: [] });
    const screen = await store.listTimeline((await store.getIdentityOwner('email:screen@example.com'))!, { limit: 5 });
    expect(screen.items[0]?.text).toBe('my 5" screen cracked');
    const next = await store.listTimeline((await store.getIdentityOwner('email:next@example.com'))!, { limit: 5 });
    expect(next.items[0]?.text).toBe('quoted "as it should be"');
  });

  it('reports a JSON line that gives a field twice (JSON.parse kept the later silently) and imports the others', async () => {
    const lines = ['{"channel":"web","receivedAt":"2026-10-07T10:00:00Z","text":"first","email":"first@example.com","email":"second@example.com"}', '{"channel":"web","receivedAt":"2026-10-07T10:00:00Z","text":"nested names repeat freely","email":"one@example.com","x":[{"a":1},{"a":2}]}'];
    const summary = await importInto(await file('twice.jsonl', lines.join('\n')));
    expect(summary).toEqual({ imported: 1, duplicates: 0, bad: [{ line: 1, problem: expect.stringMatching(/email.*twice/) }] });
    for (const email of ['first', 'second']) expect(await store.getIdentityOwner(`email:${email}@example.com`)).toBeUndefined();
  });
});

describe('toEvent', () => {
  it('derives the same id for the same row from JSON or CSV when there is no externalId', () => {
    const fromJson = toEvent({ channel: 'web', receivedAt: '2026-10-07T10:00:00Z', text: 'hi', email: 'a@example.com', rating: 4 }, 'CN');
    const fromCsv = toEvent({ channel: 'web', receivedAt: '2026-10-07T10:00:00Z', text: 'hi', email: 'a@example.com', rating: '4', phone: '' }, 'CN');
    const other = toEvent({ channel: 'web', receivedAt: '2026-10-07T10:00:00Z', text: 'hi!', email: 'a@example.com', rating: 4 }, 'CN');
    expect('feedbackId' in fromJson && 'feedbackId' in fromCsv && fromJson.feedbackId === fromCsv.feedbackId).toBe(true);
    expect('feedbackId' in other && 'feedbackId' in fromJson && other.feedbackId !== fromJson.feedbackId).toBe(true);
  });

  it('derives the same id for a row written differently with the same meaning: the instant in another offset or precision, the address in other case (three items were imported)', () => {
    const ids = [
      { receivedAt: '2026-10-07T10:00:00+08:00', email: 'a1@example.com' },
      { receivedAt: '2026-10-07T02:00:00Z', email: 'a1@example.com' },
      { receivedAt: '2026-10-07T02:00:00.000Z', email: 'A1@Example.com' },
    ].map((written) => toEvent({ channel: 'web', text: '退款还没到', ...written }, 'CN')).map((event) => ('feedbackId' in event ? event.feedbackId : event.problem));
    expect(new Set(ids).size).toBe(1);
    const later = toEvent({ channel: 'web', text: '退款还没到', receivedAt: '2026-10-07T02:00:01Z', email: 'a1@example.com' }, 'CN');
    expect('feedbackId' in later && later.feedbackId).not.toBe(ids[0]);
  });

  it('reports a wechatOpenId that is no WeChat id as a bad row, as the WeChat channel and the API refuse it (it was imported under an identity nothing leads to)', () => {
    for (const wechatOpenId of ['../x', 'o微信', 'o.abc']) {
      expect(toEvent({ channel: 'wechat', receivedAt: '2026-10-07T10:00:00Z', text: 'hi', wechatOpenId }, 'CN'), wechatOpenId).toEqual({ problem: expect.stringMatching(/^wechatOpenId:/) });
    }
    expect(toEvent({ channel: 'wechat', receivedAt: '2026-10-07T10:00:00Z', text: 'hi', wechatOpenId: 'oXdd35Fh8cg8FJyThL0ODDYhAVOI' }, 'CN')).toMatchObject({ identities: ['wechat:oXdd35Fh8cg8FJyThL0ODDYhAVOI'] });
  });
});
