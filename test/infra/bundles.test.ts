/**
 * The Lambda bundles as `npm run synth` builds them (infra/bundle.ts): each within its size
 * limit, none carrying code Lambda never runs, and the bundled handlers — not their sources —
 * working end to end against the emulators, each in a fresh process as a cold Lambda would:
 * ingest → SQS, that message → process → DynamoDB, api reads the customer back. The SDK clients
 * inside sign with the credentials Lambda puts in the environment.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { build, type Metafile, type Plugin } from 'esbuild';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUNDLE_SIZE_LIMITS, bundleFunction, bundledPackages, bytesLoadedAtInit, dataAsJson, filesLoadedAtInit, FUNCTION_NAMES, type FunctionName, MODEL_DIR, zodJsonSchemaLeftOut } from '../../infra/bundle.ts';
import { MODEL_DIRECTORY, readModelFile } from '../../shared/classify/model-files.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/default-taxonomy.ts';
import * as zhLexicon from '../../shared/classify/zh-lexicon.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { httpEvent } from '../support/http-event.ts';
import { sqsEvent } from '../support/sqs-event.ts';
import { createTestQueue, type TestQueue } from '../support/sqs.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
const metafiles = new Map<FunctionName, Metafile>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-bundles-'));
  for (const name of FUNCTION_NAMES) metafiles.set(name, await bundleFunction(name, join(dir, name)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundlePath = (name: FunctionName) => join(dir, name, 'index.mjs');

/** `contents` bundled with one of the bundles' plugins, and the module it makes, imported. */
async function bundleModule(contents: string, plugin: Plugin): Promise<{ module: any; text: string }> {
  const { outputFiles } = await build({ stdin: { contents, resolveDir: REPO_ROOT, loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, plugins: [plugin] });
  const text = outputFiles[0]!.text;
  return { module: await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`), text };
}

describe('Lambda bundles', () => {
  it('stay within their size limits, counting every file Node loads at init', () => {
    for (const name of FUNCTION_NAMES) {
      expect(bytesLoadedAtInit(metafiles.get(name)!), name).toBeGreaterThanOrEqual(statSync(bundlePath(name)).size);
      expect(bytesLoadedAtInit(metafiles.get(name)!), name).toBeLessThanOrEqual(BUNDLE_SIZE_LIMITS[name]);
    }
  });

  it('leave out the credential providers Lambda never reaches and the mail parser where no mail is parsed', () => {
    const neverInLambda = /^@aws-sdk\/(nested-clients|token-providers|credential-provider-(?!env$).*)$|^@smithy\/credential-provider-imds$/;
    for (const name of FUNCTION_NAMES.filter((n) => n !== 'web')) {
      const packages = bundledPackages(metafiles.get(name)!);
      expect(packages.filter((p) => neverInLambda.test(p)), name).toEqual([]);
      expect(packages.includes('@aws-sdk/credential-provider-env'), name).toBe(true);
      // The browser's user-agent parser, reachable only from the browser's user-agent provider.
      expect(packages.includes('bowser'), name).toBe(false);
    }
    // The pages call no AWS service.
    expect(bundledPackages(metafiles.get('web')!).filter((p) => p.startsWith('@aws-sdk/') || p.startsWith('@smithy/'))).toEqual([]);
    for (const name of ['process', 'api', 'digest'] as const) {
      expect(bundledPackages(metafiles.get(name)!).filter((p) => p === 'postal-mime' || p === 'htmlparser2'), name).toEqual([]);
    }
  });

  it('carry only the zod they use, zod imported as a namespace (api too: @hono/zod-openapi is handed ZodType alone), and none in aggregate, digest, sweep and web', () => {
    const zodFilesOf = (name: FunctionName) =>
      Object.values(metafiles.get(name)!.outputs)
        .flatMap((output) => Object.entries(output.inputs))
        .filter(([path, input]) => path.includes('node_modules/zod/') && input.bytesInOutput > 0)
        .map(([path]) => path);
    // Their configuration and invocation are checked by hand (shared/config.ts, shared/digest/invocation.ts).
    expect(zodFilesOf('aggregate')).toEqual([]);
    expect(zodFilesOf('digest')).toEqual([]);
    expect(zodFilesOf('sweep')).toEqual([]);
    expect(zodFilesOf('web')).toEqual([]);
    for (const name of FUNCTION_NAMES.filter((n) => !['aggregate', 'digest', 'sweep', 'web'].includes(n))) {
      const zodFiles = zodFilesOf(name);
      expect(zodFiles.length, name).toBeGreaterThan(0);
      // Reached only through the whole `z` object (`import { z } from 'zod'`): z.compile, z.fromJSONSchema.
      expect(zodFiles.filter((path) => /\/(compile|from-json-schema)\.js$/.test(path)), name).toEqual([]);
    }
    // The processor parses the event alone, with zod/mini (shared/event.ts): the full API's schema classes would be 49 KB of its 1.3 MB.
    expect(zodFilesOf('process').filter((path) => path.includes('/classic/'))).toEqual([]);
  });

  it('are built from sources that take z from zod, not from @hono/zod-openapi, whose z is ZodType alone in the bundles', () => {
    const sources = ['shared', 'functions', 'cli', 'web'].flatMap((dir) =>
      readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file)),
    );
    expect(sources.length).toBeGreaterThan(100);
    const zFromZodOpenApi = /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]@hono\/zod-openapi['"]/;
    expect(sources.filter((file) => zFromZodOpenApi.test(readFileSync(join(REPO_ROOT, file), 'utf8')))).toEqual([]);
  });

  it('load the mail parsers in ingest on the first mail, not at cold start: its other webhooks never parse mail', () => {
    const { inputs } = metafiles.get('ingest')!;
    const mailParserImports = Object.entries(inputs)
      .filter(([path]) => !path.includes('node_modules/'))
      .flatMap(([path, input]) => input.imports.filter((i) => /node_modules\/(postal-mime|htmlparser2)\//.test(i.path)).map((i) => `${path} → ${i.original}: ${i.kind}`));
    expect(mailParserImports).not.toEqual([]);
    expect(mailParserImports.filter((i) => !i.endsWith('dynamic-import'))).toEqual([]);
    // Nor compiled at cold start: esbuild puts them in a chunk of their own, read on that import.
    const metafile = metafiles.get('ingest')!;
    const compiledAtInit = filesLoadedAtInit(metafile).flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
    expect(compiledAtInit.filter((path) => /node_modules\/(postal-mime|htmlparser2)\//.test(path))).toEqual([]);
    expect(Object.values(metafile.outputs).some((output) => Object.keys(output.inputs).some((path) => path.includes('node_modules/postal-mime/')))).toBe(true);
  });

  it('build the event\'s zod schemas only where events are parsed (ingest, email-inbound, process), at init', () => {
    const withEventSchemas = FUNCTION_NAMES.filter((name) =>
      Object.values(metafiles.get(name)!.outputs).some((output) => (output.inputs['shared/event.ts']?.bytesInOutput ?? 0) > 0),
    );
    expect(withEventSchemas).toEqual(['ingest', 'process', 'email-inbound']);
  });

  it('load the mail parser in email-inbound at init, every invocation parsing mail; Comprehend in process only where configured, the taxonomy in api on the first request for it', () => {
    const loadedAtInit = (name: FunctionName) => filesLoadedAtInit(metafiles.get(name)!).flatMap((file) => Object.keys(metafiles.get(name)!.outputs[file]!.inputs));
    expect(loadedAtInit('email-inbound').some((path) => path.includes('node_modules/postal-mime/'))).toBe(true);
    expect(loadedAtInit('process').filter((path) => path.includes('node_modules/@aws-sdk/client-comprehend/'))).toEqual([]);
    // The api reads the taxonomy (the classifier's phrase tables beside its labels) on the first GET /v1/complaint-types.
    expect(loadedAtInit('api').filter((path) => path.startsWith('shared/classify/default-taxonomy'))).toEqual([]);
    expect(bundledPackages(metafiles.get('process')!)).toContain('@aws-sdk/client-comprehend');
  });

  it('load the urgency rules only where messages are classified: merges derive the repeated-complaints reason again without them (80 KB of phrase tables in api, digest and aggregate before)', () => {
    const loadedAtInit = (name: FunctionName) => filesLoadedAtInit(metafiles.get(name)!).flatMap((file) => Object.keys(metafiles.get(name)!.outputs[file]!.inputs));
    for (const name of FUNCTION_NAMES) {
      const urgencyRules = loadedAtInit(name).filter((path) => /^shared\/classify\/urgency/.test(path));
      if (name === 'process') expect(urgencyRules.length, name).toBeGreaterThan(0);
      else expect(urgencyRules, name).toEqual([]);
    }
  });

  it('load the DynamoDB client in ingest on the first replay check, not at cold start: only WeChat and the email relay check replays', () => {
    const metafile = metafiles.get('ingest')!;
    const compiledAtInit = filesLoadedAtInit(metafile).flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
    expect(compiledAtInit.filter((path) => path.includes('node_modules/@aws-sdk/client-dynamodb/'))).toEqual([]);
    expect(bundledPackages(metafile)).toContain('@aws-sdk/client-dynamodb');
  });

  it('are ASCII where Chinese text is rare, so Node decodes no UTF-8 into a two-byte source; UTF-8 in process, whose classifier lexicons are Chinese text', () => {
    const nonAscii = (file: string) => readFileSync(resolve(file), 'utf8').match(/[^\x00-\x7f]/g) ?? [];
    const outputs = (name: FunctionName) => Object.keys(metafiles.get(name)!.outputs).filter((file) => file.endsWith('.mjs'));
    for (const name of ['api', 'digest', 'aggregate'] as const) expect(outputs(name).flatMap(nonAscii), name).toEqual([]);
    // esbuild escapes strings, not regular-expression literals (the mail reply markers' Chinese).
    const ingest = outputs('ingest').map((file) => readFileSync(resolve(file), 'utf8')).join('\n');
    expect(ingest.includes('已收到您的反馈')).toBe(false);
    expect(ingest.includes('\\u5DF2\\u6536\\u5230\\u60A8\\u7684\\u53CD\\u9988')).toBe(true);
    // The models are files beside the code (model/*.br); the lexicons, phrase lists and opencc's dictionaries stay Chinese text.
    expect(filesLoadedAtInit(metafiles.get('process')!).flatMap(nonAscii).length).toBeGreaterThan(20_000);
  });

  it('carry data as JSON text, not object literals: libphonenumber metadata parsed on its first use, JSON files when loaded', () => {
    const text = (name: FunctionName) => filesLoadedAtInit(metafiles.get(name)!).map((file) => readFileSync(resolve(file), 'utf8')).join('\n');
    // Asserted as booleans: on failure vitest would print the whole bundle.
    for (const name of ['ingest', 'api'] as const) {
      expect(/JSON\.parse\(['"`]\{"version":\d+,"country_calling_codes":/.test(text(name)), name).toBe(true);
      expect(/\{version:\d+,country_calling_codes:/.test(text(name)), name).toBe(false);
    }
    // The English sentiment lexicon (sentiment's labels.json), as the classifier in process loads it: its scores' word lists.
    expect(/JSON\.parse\(['"`]\{[^}]*"-2":"abandon\|abandoned\|/.test(text('process'))).toBe(true);
    // Small JSON files stay with esbuild's loader, which keeps only what is read: an SDK client's package.json its version.
    for (const name of FUNCTION_NAMES) expect(text(name).includes('"devDependencies"'), name).toBe(false);
  });

  it('parse phone numbers with the metadata the bundle carries, as libphonenumber does with its own', async () => {
    const source = "import { parsePhoneNumberFromString, getCountries } from 'libphonenumber-js/min';\nexport const parse = (n, c) => parsePhoneNumberFromString(n, c)?.number;\nexport const countries = getCountries();";
    const bundled = (await bundleModule(source, dataAsJson)).module as { parse: (number: string, country?: CountryCode) => string | undefined; countries: string[] };
    expect(bundled.countries).toEqual(getCountries());
    for (const [number, country] of [['138 0013 8000', 'CN'], ['+86 (10) 6552 9988', undefined], ['+44 20 7946 0958', undefined], ['(415) 555-2671', 'US'], ['12345', 'CN']] as const) {
      expect(bundled.parse(number, country), number).toBe(parsePhoneNumberFromString(number, country)?.number);
    }
  });

  it('leave out the event-stream codec that no operation of theirs uses (email-inbound keeps it: S3 imports it)', () => {
    for (const name of FUNCTION_NAMES) {
      const codec = Object.values(metafiles.get(name)!.outputs).some((output) => Object.keys(output.inputs).some((input) => input.includes('submodules/event-streams/eventstream-codec')));
      expect(codec, name).toBe(name === 'email-inbound');
    }
  });

  it('leave out zod\'s JSON Schema output but in api, which serves its OpenAPI document', () => {
    for (const name of FUNCTION_NAMES) {
      const generator = Object.values(metafiles.get(name)!.outputs).some((output) => Object.entries(output.inputs).some(([input, { bytesInOutput }]) => /^node_modules\/zod\/v4\/core\/(to-json-schema|json-schema-processors)\.js$/.test(input) && bytesInOutput > 0));
      expect(generator, name).toBe(name === 'api');
    }
  });

  it('parse and validate with zod as before without its JSON Schema output, asking for it an error that names what is missing', async () => {
    const source =
      "import * as z from 'zod'; const schema = z.object({ text: z.string().min(1), at: z.iso.datetime().optional() });\n" +
      "export const parsed = schema.safeParse({ text: 'hi' }); export const refused = schema.safeParse({ text: '' });\n" +
      "export const standard = schema['~standard'].validate({ text: 1 }); export const asJsonSchema = () => schema.toJSONSchema();";
    const bundled = (await bundleModule(source, zodJsonSchemaLeftOut)).module;
    expect(bundled.parsed).toEqual({ success: true, data: { text: 'hi' } });
    expect(bundled.refused.error.issues[0]).toMatchObject({ code: 'too_small', path: ['text'] });
    expect(bundled.standard.issues[0]).toMatchObject({ path: ['text'] });
    expect(() => bundled.asJsonSchema()).toThrow(/JSON Schema output is not bundled here/);
  });

  it.each(['languages/en/labels.json', 'build/emoji.json'])('carry the English sentiment lexicon (%s) as its scores\' word lists, reading back every word and score', async (file) => {
    const { module, text } = await bundleModule(`export { default } from 'sentiment/${file}';`, dataAsJson);
    const bundled = module as { default: Record<string, number> };
    const labels = JSON.parse(readFileSync(resolve(REPO_ROOT, `node_modules/sentiment/${file}`), 'utf8')) as Record<string, number>;
    expect(Object.keys(bundled.default).length).toBe(Object.keys(labels).length);
    expect(Object.entries(labels).filter(([word, score]) => bundled.default[word] !== score)).toEqual([]);
    const asObjectLiteral = (await bundleModule(`export { default } from 'sentiment/${file}';`, { name: 'none', setup: () => undefined })).text;
    expect(text.length).toBeLessThan(asObjectLiteral.length * 0.8);
  });

  it("carry the Chinese sentiment lexicon's weight tables as their weights' phrase lists, reading back every export", async () => {
    const { module, text } = await bundleModule("export * from './shared/classify/zh-lexicon.ts';", dataAsJson);
    expect({ ...module }).toEqual({ ...zhLexicon });
    const asWritten = (await bundleModule("export * from './shared/classify/zh-lexicon.ts';", { name: 'none', setup: () => undefined })).text;
    expect(text.length).toBeLessThan(asWritten.length);
    // A bundle that reads only the negators (api) leaves the weight tables out, as it did the object literals.
    const negatorsOnly = (await bundleModule("export { ZH_NEGATORS } from './shared/classify/zh-lexicon.ts';", dataAsJson)).text;
    expect(negatorsOnly.length).toBeLessThan(text.length / 10);
  });

  it('carry the default taxonomy as brotli-packed JSON, reading back every phrase and weight in its order', async () => {
    const { module, text } = await bundleModule("export * from './shared/classify/default-taxonomy.ts';", dataAsJson);
    expect(module.DEFAULT_TAXONOMY).toEqual(DEFAULT_TAXONOMY);
    // The phrase matcher keeps the first weight of two phrases of a type that fold to one: the order must hold too.
    expect(JSON.stringify(module.DEFAULT_TAXONOMY)).toBe(JSON.stringify(DEFAULT_TAXONOMY));
    const asWritten = (await bundleModule("export * from './shared/classify/default-taxonomy.ts';", { name: 'none', setup: () => undefined })).text;
    expect(text.length).toBeLessThan(asWritten.length / 2);
  });

  it('refuse to build a taxonomy that is not plain data, which JSON would not carry', async () => {
    const root = mkdtempSync(join(tmpdir(), 'taxonomy-'));
    const directory = join(root, 'shared', 'classify');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'default-taxonomy.ts'), "export const DEFAULT_TAXONOMY = { types: [{ id: 'delivery', keywords: { 很慢: 0.5 }, topics: {}, pattern: /慢/ }] };");
    const bundled = build({ stdin: { contents: "export * from './shared/classify/default-taxonomy.ts';", resolveDir: root, loader: 'js' }, bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [dataAsJson] });
    await expect(bundled).rejects.toThrow(/not plain data/);
    rmSync(root, { recursive: true, force: true });
  });

  it('carry the classifier\'s model files beside the handler where messages are classified (process), and nowhere else', () => {
    const sources = readdirSync(MODEL_DIRECTORY).filter((file) => file.endsWith('.br'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) expect(readFileSync(join(dir, 'process', MODEL_DIR, file)).equals(readModelFile(file)), file).toBe(true);
    for (const name of FUNCTION_NAMES.filter((n) => n !== 'process')) expect(existsSync(join(dir, name, MODEL_DIR)), name).toBe(false);
  });

  describe('run as deployed against the emulators', () => {
    let queue: TestQueue;
    let env: Record<string, string>;

    beforeAll(async () => {
      const table = await createTestTable(inject('dynamodbEndpoint'));
      queue = await createTestQueue(inject('sqsEndpoint'));
      env = {
        PATH: process.env.PATH ?? '',
        AWS_REGION: 'us-east-1',
        // What the Lambda runtime sets for the function's role (DynamoDB Local keeps tables per key id: the test's own).
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_SESSION_TOKEN: 'test',
        AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
        AWS_ENDPOINT_URL_SQS: inject('sqsEndpoint'),
        TABLE_NAME: table.tableName,
        QUEUE_URL: queue.queueUrl,
        FEEDBACK_API_KEYS: 'bundle-key',
        LOG_LEVEL: 'ERROR',
        POWERTOOLS_METRICS_NAMESPACE: 'test',
        POWERTOOLS_DEV: 'true',
      };
    });

    /**
     * One cold invocation: a fresh Node process imports the bundle and calls its handler once,
     * counting the functions compiled from strings (`new Function`) on the way.
     */
    function invoke(name: FunctionName, event: unknown): { result: any; compiledFromStrings: number } {
      const script = `import { interceptLocalhostDns } from 'fauxqs';
        interceptLocalhostDns();
        let compiledFromStrings = 0;
        const count = { construct: (f, args, target) => (compiledFromStrings++, Reflect.construct(f, args, target)), apply: (f, self, args) => (compiledFromStrings++, Reflect.apply(f, self, args)) };
        globalThis.Function = new Proxy(Function, count);
        const { handler } = await import(${JSON.stringify(bundlePath(name))});
        const result = await handler(${JSON.stringify(event)}, { functionName: ${JSON.stringify(name)}, awsRequestId: 'r1', getRemainingTimeInMillis: () => 30000 });
        process.stdout.write('\\n' + JSON.stringify({ result, compiledFromStrings }));`;
      const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
      // The last line: the processor's metrics (EMF) may be written to stdout before it.
      return JSON.parse(stdout.trim().split('\n').at(-1)!);
    }

    it('ingest queues a form post, process commits it to DynamoDB, api finds the customer, none compiling code from strings', async () => {
      const body = JSON.stringify({ message: '退款申请提交一周了还没有处理', email: 'bundle@example.com' });
      const accepted = invoke('ingest', httpEvent('POST', '/webhooks/forms/contact', body, { 'content-type': 'application/json' }));
      expect(accepted.result.statusCode, accepted.result.body).toBe(202);

      const { Messages = [] } = await queue.client.send(new ReceiveMessageCommand({ QueueUrl: queue.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 5 }));
      expect(Messages).toHaveLength(1);
      const processed = invoke('process', sqsEvent(Messages.map((m) => ({ messageId: m.MessageId!, body: m.Body! }))));
      expect(processed.result).toEqual({ batchItemFailures: [] });

      const found = invoke('api', httpEvent('GET', '/v1/customers', undefined, { authorization: 'Bearer bundle-key' }, { query: 'identity=email:bundle@example.com' }));
      expect(found.result.statusCode, found.result.body).toBe(200);
      expect(JSON.parse(found.result.body).counts.total).toBe(1);
      // zod's per-schema parser compilation: a cold-start cost a Lambda's few warm parses do not repay (shared/runtime/zod-jitless.ts).
      expect([accepted, processed, found].map((run) => run.compiledFromStrings)).toEqual([0, 0, 0]);
    }, 180_000);

    it('api serves its OpenAPI document with the schemas\' metadata and refuses a malformed query, as its sources do', () => {
      const document = invoke('api', httpEvent('GET', '/openapi.json'));
      expect(document.result.statusCode).toBe(200);
      const { paths, components } = JSON.parse(document.result.body);
      expect(paths['/v1/customers/{customerId}/timeline'].get['x-required-scope']).toBe('read');
      expect(components.schemas.Error.example).toEqual({ error: { code: 'not_found', message: 'no customer cus_… ' } });
      const refused = invoke('api', httpEvent('GET', '/v1/customers', undefined, { authorization: 'Bearer bundle-key' }, { query: 'identity=email:a@b.c&extra=1' }));
      expect(refused.result.statusCode).toBe(400);
      expect(JSON.parse(refused.result.body).error.code).toBe('invalid_request');
    }, 60_000);
  });
});
