/**
 * The API against its own OpenAPI document (fast-check): requests are generated from /openapi.json
 * itself, valid and invalid (known and made-up ids, declared and arbitrary parameter values, a
 * missing, read-only or unknown key, bodies of the declared shape and of any other), and every
 * answer must be a status the operation declares, never a 5xx, with a body its declared schema
 * accepts. The store holds customers, items, a merge and a suggestion, and requests change it.
 */
import { createHash } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { staticKeyRing, type ApiKeyEntry, type Scope } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

interface Parameter { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: { enum?: unknown[]; example?: unknown } }
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { example?: unknown }> } };

const NOW = new Date('2026-11-25T00:00:00Z');
const keyOf = (scope: Scope) => `contract-${scope}-key`;
const entries: ApiKeyEntry[] = (['read', 'write', 'admin'] as const).map((scope) => ({
  id: `key_${scope}`,
  name: scope,
  scope,
  hash: createHash('sha256').update(keyOf(scope)).digest('hex'),
}));

const store = new LocalStore();
const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing: staticKeyRing(entries) });
let document: Document;
const known: Record<string, string[]> = {
  customerId: [],
  feedbackId: [],
  mergeId: [],
  suggestionId: [],
  identity: ['email:li@example.com', 'phone:13800138000', 'email:wang@example.com', 'email:zhao@example.com'],
};

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const headers = { ...init.headers };
  // A GET's body reaches the app as the local server and the Lambda adapter pass it: the headers, no body (a Request cannot hold one).
  if (method === 'GET' && init.body !== undefined) return app.request(path, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(init.body)) } });
  return app.request(path, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
}

beforeAll(async () => {
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
  const send = (id: string, identities: string[], text: string, verified: boolean) =>
    processEvent({
      schemaVersion: 1,
      feedbackId: deriveFeedbackId('contract', id),
      channel: 'web',
      source: 'forms',
      kind: 'message',
      receivedAt: `2026-11-2${id.length}T0${id.length}:00:00.000Z`,
      identities,
      ...(verified ? { verifiedIdentities: identities } : {}),
      text,
      metadata: {},
    });
  await send('a', ['email:li@example.com'], '快递三天还没到，客服也不回复', true);
  await send('bb', ['phone:+8613800138000'], '房间空调坏了，前台也不管', true);
  await send('ccc', ['email:wang@example.com'], 'The room was lovely, thank you', true);
  await send('dddd', ['email:zhao@example.com'], '退款一直没到账', true);
  // A post naming two customers' identities only suggests that they are one.
  await send('eeeee', ['email:li@example.com', 'phone:+8613800138000'], '再次投诉，还是没人处理', false);
  const admin = { authorization: `Bearer ${keyOf('admin')}` };
  document = (await (await call('GET', '/openapi.json')).json()) as Document;
  const queue = (await (await call('GET', '/v1/feedback?status=open&limit=50', { headers: admin })).json()) as { items: { feedbackId: string; customerId: string }[] };
  known.feedbackId = queue.items.map((item) => item.feedbackId);
  known.customerId = [...new Set(queue.items.map((item) => item.customerId))];
  const suggestions = (await (await call('GET', '/v1/merge-suggestions', { headers: admin })).json()) as { items: { suggestionId: string }[] };
  known.suggestionId = suggestions.items.map((s) => s.suggestionId);
  const wang = (await (await call('GET', '/v1/customers?identity=email:wang@example.com', { headers: admin })).json()) as { customerId: string };
  const zhao = (await (await call('GET', '/v1/customers?identity=email:zhao@example.com', { headers: admin })).json()) as { customerId: string };
  const merged = await call('POST', `/v1/customers/${wang.customerId}/merge`, {
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ customerId: zhao.customerId, reason: 'same guest, two addresses' }),
  });
  expect(merged.status).toBe(200);
  known.mergeId = [((await merged.json()) as { mergeId: string }).mergeId];
  expect(known.feedbackId.length).toBeGreaterThan(0);
  expect(known.suggestionId.length).toBeGreaterThan(0);
});

/** Values a client may put anywhere: empty, long, path and query syntax, non-ASCII, lone surrogates' escapes. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '0', '-1', '1e9', 'null', 'true', '%', '%E0%A4%A', '../', 'a/b', '?x=1', '#', '客户', 'cus_', 'fb_0000000000000000000000000a', '*', '"3"', 'x'.repeat(300)),
);

function parameterValue(parameter: Parameter): fc.Arbitrary<string | undefined> {
  const declared = [...(parameter.schema.enum ?? []), ...(parameter.schema.example === undefined ? [] : [parameter.schema.example])].map(String);
  const knownIds = known[parameter.name] ?? [];
  const valid = [...declared, ...knownIds];
  return fc.oneof(
    ...(valid.length ? [{ arbitrary: fc.constantFrom(...valid), weight: 3 }] : []),
    // An empty segment, and the dot segments every URL parser resolves away (/customers/./identities is
    // /customers/identities), name another route, not this one with that id.
    { arbitrary: parameter.in === 'path' ? anyText.filter((value) => !['', '.', '..'].includes(value)) : anyText, weight: 1 },
    ...(parameter.required ? [] : [{ arbitrary: fc.constant(undefined), weight: 2 }]),
  );
}

/**
 * A body of the declared shape where the operation takes one; on every operation, none, any JSON,
 * text under any media type, or one past the API's 64 KiB (a client may send a body anywhere).
 */
function bodyFor(operation: Operation): fc.Arbitrary<{ body?: string; contentType?: string }> {
  const ref = operation.requestBody?.content['application/json']?.schema.$ref;
  const example = ref ? document.components.schemas[ref.split('/').pop()!]?.example : undefined;
  return fc.oneof(
    { arbitrary: fc.constant({}), weight: operation.requestBody ? 1 : 6 },
    ...(operation.requestBody ? [{ arbitrary: fc.constant({ body: JSON.stringify(example ?? {}), contentType: 'application/json' }), weight: 2 }] : []),
    { arbitrary: fc.record({ body: fc.json({ maxDepth: 2 }), contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8') }), weight: 1 },
    { arbitrary: fc.record({ body: fc.string({ maxLength: 30 }), contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded') }), weight: 1 },
    { arbitrary: fc.constant({ body: JSON.stringify({ note: 'x'.repeat(70_000) }), contentType: 'application/json' }), weight: 1 },
  );
}

const authorisation = fc.oneof(
  { arbitrary: fc.constantFrom(`Bearer ${keyOf('admin')}`, `Bearer ${keyOf('write')}`, `Bearer ${keyOf('read')}`), weight: 6 },
  { arbitrary: fc.constantFrom<string | undefined>('Bearer not-a-key', 'Basic Zm9vOmJhcg==', undefined), weight: 1 },
);

function requestFor(path: string, operation: Operation) {
  const parameters = operation.parameters ?? [];
  return fc.record({
    values: fc.tuple(...parameters.map(parameterValue)),
    authorization: authorisation,
    extraQuery: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 5 },
      { arbitrary: fc.constantFrom('unknown=1', 'limit=0', 'cursor=', 'from=2026-13-01'), weight: 1 },
    ),
    body: bodyFor(operation),
  }).map(({ values, authorization, extraQuery, body }) => {
    let url = path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    parameters.forEach((parameter, index) => {
      const value = values[index];
      if (value === undefined) return;
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
      else if (parameter.in === 'query') query.set(parameter.name, value);
      else headers[parameter.name] = value.replace(/[^\x20-\x7e]/g, '');
    });
    const search = [query.toString(), extraQuery].filter(Boolean).join('&');
    if (authorization) headers.authorization = authorization;
    if (body.contentType) headers['content-type'] = body.contentType;
    return { url: search ? `${url}?${search}` : url, headers, ...(body.body === undefined ? {} : { body: body.body }) };
  });
}

describe('the API answers as its OpenAPI document says', () => {
  it('declares on every operation the answers any route can give: 401, 413, 415, 431 and 503 (keys or store out of reach)', () => {
    for (const [path, byMethod] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(byMethod)) {
        expect(Object.keys(operation.responses), `${method.toUpperCase()} ${path}`).toEqual(expect.arrayContaining(['401', '413', '415', '431', '503']));
      }
    }
  });

  it('every generated request, valid or not, gets a declared status (never a 5xx) and a body of the declared schema', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'doc', components: document.components });
    // Response schemas are inline or references into the document's components, which ajv reads as the schema 'doc'.
    const validatorOf = (schema: object) => ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as object);
    // Erasures last, so that the other routes meet the seeded customers too, not only their absence.
    const operations = Object.entries(document.paths)
      .flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })))
      .sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
    for (const { path, method, operation } of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(path, operation), async (request) => {
          const response = await call(method.toUpperCase(), request.url, request);
          const where = `${method.toUpperCase()} ${request.url} → ${response.status}`;
          expect(response.status, where).toBeLessThan(500);
          const declared = operation.responses[String(response.status)];
          expect(declared, `${where} is not declared`).toBeDefined();
          const schema = declared!.content?.['application/json']?.schema;
          if (!schema) return;
          expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
          const validate = validatorOf(schema);
          const body = await response.json();
          expect(validate(body) ? [] : validate.errors, `${where}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
        }),
        { numRuns: 100 },
      );
    }
  }, 120_000);
});
