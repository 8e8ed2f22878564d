import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { LocalSignatureLedger } from '../../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../../shared/ingest/app.ts';
import { CapturingQueue } from '../../support/capturing-queue.ts';
import { oneClient } from '../../support/one-client.ts';

const ORIGIN = 'https://shop.example.cn';
const BOUNDARY = 'fuzzBoundary9';

/** The ingest app with a small body limit, and a post of `body` (in pieces when `cuts` are given). */
async function post(body: Uint8Array, contentType = `multipart/form-data; boundary=${BOUNDARY}`, cuts: number[] = []) {
  const queue = new CapturingQueue();
  const errors: unknown[] = [];
  const config = loadConfig({ FORMS_ALLOWED_ORIGINS: ORIGIN, MAX_BODY_BYTES: '4096', MAX_UPLOAD_BYTES: '1048576' });
  const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock: { now: () => new Date('2026-11-25T08:00:00.000Z') }, connInfo: oneClient, onError: (error) => errors.push(error) });
  const points = [...new Set(cuts.map((cut) => cut % (body.byteLength + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...points, body.byteLength].slice(1).map((end, i, ends) => body.subarray(i === 0 ? 0 : ends[i - 1], end));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      pieces.forEach((piece) => controller.enqueue(piece));
      controller.close();
    },
  });
  const answered = app.request('/webhooks/forms/contact', { method: 'POST', headers: { origin: ORIGIN, 'content-type': contentType }, body: cuts.length > 0 ? stream : body, duplex: 'half' } as RequestInit);
  // A request never answered holds a connection (and the person) until a timeout: a failure too.
  const unanswered = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2_000).unref());
  const response = await Promise.race([answered, unanswered]);
  return { status: response.status, body: await response.text(), events: queue.events, errors };
}

/** Never a 5xx, never an error the app had to log, and one event exactly when it answered 202. */
function expectTakenWholeOrRefused(answer: Awaited<ReturnType<typeof post>>) {
  expect(answer.status, answer.body).toBeLessThan(500);
  expect(answer.errors).toEqual([]);
  expect([answer.status, answer.events.length]).toEqual(answer.status === 202 ? [202, 1] : [answer.status, 0]);
  if (answer.status !== 202) expect(JSON.parse(answer.body)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(`--${BOUNDARY}`, `\r\n--${BOUNDARY}--`, '\r\n\r\n', '"', '\\', ';', '\u202E', '\u0000'));
const partArbitrary = fc.record({
  // Not the honeypot (website): filled, it answers 202 and queues nothing by design, neither taken nor refused (forms.test.ts).
  name: fc.oneof(fc.constantFrom('message', 'email', 'name', 'rating', '_charset_', 'photo'), text.filter((name) => name !== 'website')),
  filename: fc.option(text, { nil: undefined }),
  type: fc.option(fc.constantFrom('image/png', 'text/plain; charset=gbk', 'application/octet-stream', 'x/y; a="b'), { nil: undefined }),
  value: fc.oneof(text, fc.uint8Array({ maxLength: 300 }), fc.constantFrom('快递三天还没到', 'GBK', 'x-klingon', '5')),
});

function multipart(parts: (typeof partArbitrary extends fc.Arbitrary<infer Part> ? Part : never)[]): Buffer {
  const encoded = parts.map(({ name, filename, type, value }) =>
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    ]),
  );
  return Buffer.concat([...encoded, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

describe('multipart form posts under hostile input, through the ingest app', () => {
  it('random bytes under a multipart Content-Type: refused or taken whole, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 80 }), async (bytes, boundary) => {
        expectTakenWholeOrRefused(await post(bytes));
        expectTakenWholeOrRefused(await post(bytes, `multipart/form-data; boundary=${boundary}`));
      }),
      { numRuns: 200 },
    );
  });

  it('random parts, cut anywhere, bytes flipped, delivered in random pieces: refused or taken whole, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(partArbitrary, { maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (parts, cutAt, flips, cuts) => {
          const body = multipart(parts);
          for (const [at, byte] of flips) body[at % body.byteLength] = byte;
          expectTakenWholeOrRefused(await post(cutAt === undefined ? body : body.subarray(0, cutAt % (body.byteLength + 1)), undefined, cuts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a well-formed post with a message, split anywhere into pieces, is taken with the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((m) => /\p{L}/u.test(m)), fc.array(fc.nat(), { maxLength: 8 }), async (message, cuts) => {
        const body = multipart([{ name: 'message', filename: undefined, type: undefined, value: message }, { name: 'photo', filename: 'p.png', type: 'image/png', value: new Uint8Array(500) }]);
        const answer = await post(body, undefined, cuts);
        expectTakenWholeOrRefused(answer);
        if (answer.status === 202) expect([answer.events[0]?.text, answer.events[0]?.attachments]).toEqual([message.trim(), [{ name: 'p.png', contentType: 'image/png', size: 500 }]]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('boundary tricks', () => {
  const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const closing = `--${BOUNDARY}--`;

  it.each([
    ['the boundary inside a value (not at a line start)', `${part('message', `see --${BOUNDARY} and --${BOUNDARY}-- here`)}${closing}\r\n`, `see --${BOUNDARY} and --${BOUNDARY}-- here`],
    ['no CRLF after the closing boundary', `${part('message', '房间很吵')}${closing}`, '房间很吵'],
    ['a preamble and an epilogue', `preamble\r\n${part('message', '房间很吵')}${closing}\r\nepilogue --${BOUNDARY}\r\n`, '房间很吵'],
    ['a part with no Content-Disposition (ignored)', `${part('message', '房间很吵')}--${BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nx\r\n${closing}\r\n`, '房间很吵'],
    ['a 100 KB part header', `--${BOUNDARY}\r\nContent-Disposition: form-data; name="message"\r\nX-Pad: ${'a'.repeat(100_000)}\r\n\r\n房间很吵\r\n${closing}\r\n`, '房间很吵'],
  ])('%s: taken, the message as sent', async (_case, body, message) => {
    const answer = await post(Buffer.from(body));
    expectTakenWholeOrRefused(answer);
    expect(answer.events.map((event) => event.text)).toEqual([message]);
  });

  it.each([
    ['10,000 parts', 400, 'invalid_multipart', `${part('message', '房间很吵')}${part('x', '1').repeat(10_000)}${closing}\r\n`],
    ['no closing boundary', 400, 'invalid_multipart', part('message', '房间很吵')],
    ['LF line ends only', 400, 'invalid_multipart', `--${BOUNDARY}\nContent-Disposition: form-data; name="message"\n\nhi\n${closing}\n`],
    ['an empty body', 400, 'invalid_multipart', ''],
    // busboy finished on reading the closing boundary before the body's end, and the read never did.
    ['the closing boundary inside a part header', 422, 'invalid_submission', `--${BOUNDARY}\r\nContent-Disposition: form-data; name="\r\n${closing}"\r\n\r\n\r\n${closing}\r\n`],
  ])('%s: %i %s, nothing queued', async (_case, status, code, body) => {
    const answer = await post(Buffer.from(body));
    expectTakenWholeOrRefused(answer);
    expect([answer.status, (JSON.parse(answer.body) as { error: { code: string } }).error.code]).toEqual([status, code]);
  });
});
