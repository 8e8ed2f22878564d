/**
 * Bundles one handler from functions/ into `<outDir>/index.mjs` with esbuild's API, run by the
 * CDK's local bundling (infra/constructs/feedback-function.ts) as
 * `node --import tsx infra/bundle.ts <name> <outDir> <sourceMapDir>` (the maps go to
 * `cdk.out/source-maps/<name>/`, outside the package). Code reached only through a dynamic
 * `import()` goes to `<outDir>/chunks/`, read when that import first runs. The API, not the CLI,
 * because the bundle needs a plugin: zod registers every locale's messages (~260 KB minified)
 * through one namespace import, and only English is ever used.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { buildWeb } from '../web/build.ts';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The handlers in functions/; each exports `handler`. */
export const FUNCTION_NAMES = ['ingest', 'process', 'api', 'web', 'digest', 'email-inbound', 'aggregate', 'sweep'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Bytes loaded at init (`index.mjs` and its static chunks) each bundle may reach (issue 13): the HTTP-facing ones 1 MB, the others 1.3 MB. */
export const BUNDLE_SIZE_LIMITS: Record<FunctionName, number> = {
  ingest: 1_000_000,
  process: 1_300_000,
  api: 1_000_000,
  web: 1_000_000,
  digest: 1_300_000,
  'email-inbound': 1_300_000,
  aggregate: 1_300_000,
  sweep: 1_300_000,
};

/** Where esbuild puts the code behind dynamic imports, beside the handler's `index.mjs`. */
export const CHUNK_DIR = 'chunks';

/**
 * The output files Node reads before the handler exists: `index.mjs` and the chunks it imports
 * statically, transitively (esbuild's metafile paths). Chunks reached only by `import()` are not
 * among them: they are read when that import first runs.
 */
export function filesLoadedAtInit(metafile: Metafile): string[] {
  const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint !== undefined)!;
  const loaded = new Set<string>([entry]);
  for (const path of loaded) {
    for (const imported of metafile.outputs[path]!.imports) if (imported.kind === 'import-statement' && !imported.external) loaded.add(imported.path);
  }
  return [...loaded];
}

/** Bytes of JavaScript Node compiles at cold start: the files loaded at init. */
export function bytesLoadedAtInit(metafile: Metafile): number {
  return filesLoadedAtInit(metafile).reduce((sum, path) => sum + metafile.outputs[path]!.bytes, 0);
}

/** The npm package (our own code: its top folder) a bundled input path belongs to. */
export function packageOf(path: string): string {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.replace(/^[a-z-]+:/, '').split('/').slice(0, 2).join('/');
}

/** Every package with code in the bundle, from esbuild's metafile. */
export function bundledPackages(metafile: Metafile): string[] {
  const inputs = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  return [...new Set(inputs.filter(([, input]) => input.bytesInOutput > 0).map(([path]) => packageOf(path)))];
}

/**
 * @hono/zod-openapi imports zod's whole `z` object only to hand it to zod-to-openapi's
 * extendZodWithOpenApi, which adds `.openapi()` to `z.ZodType.prototype` and reads nothing else;
 * passing the whole object kept every schema kind, `z.compile` and `z.fromJSONSchema` in the api
 * bundle (~90 KB). It gets an object with ZodType alone; shared/api builds its schemas from
 * `import * as z from 'zod'`, of which esbuild keeps what is used.
 */
export const zodOpenApiWithZodTypeOnly: Plugin = {
  name: 'zod-openapi-with-zod-type-only',
  setup(builder) {
    builder.onResolve({ filter: /^zod$/ }, (args) =>
      args.namespace === 'file' && /[\\/]node_modules[\\/]@hono[\\/]zod-openapi[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-type-only' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-type-only' }, (args) => ({
      contents: "import { ZodType } from 'zod';\nexport const z = { ZodType };",
      resolveDir: fileURLToPath(new URL('.', `file://${args.path}`)),
      loader: 'js',
    }));
  },
};

/** zod's `locales/index.js` with the one locale zod itself configures by default. */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: fileURLToPath(new URL('.', `file://${args.path}`)),
      loader: 'js',
    }));
  },
};

/**
 * bowser, the browser user-agent parser: @aws-sdk/core's client index re-exports the browser's
 * user-agent provider beside Node's, and that provider imports bowser dynamically, so every
 * bundle with an SDK client shipped a 35 KB chunk Node never loads (the Node clients build their
 * user agent from `process`). A stub with the same `parse` answers in its place.
 */
export const browserUserAgentParserLeftOut: Plugin = {
  name: 'browser-user-agent-parser-left-out',
  setup(builder) {
    builder.onResolve({ filter: /^bowser$/ }, (args) =>
      /[\\/]util-user-agent-browser[\\/]/.test(args.importer) ? { path: 'user-agent-parser-stub', namespace: 'bowser-left-out' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'bowser-left-out' }, () => ({ contents: 'export const parse = () => ({});', loader: 'js' }));
  },
};

/**
 * The Smithy event-stream codec: @smithy/core's HTTP protocol imports it dynamically for operations
 * that stream events (Transcribe, Bedrock, S3 Select), and every bundle with an SDK client shipped
 * it as a 15 KB chunk. Of the clients here only S3 has such an operation, and it imports the codec
 * itself; for the others (DynamoDB, SQS, SES, Comprehend) the stub answers with an error that names
 * what is missing, should one ever be called.
 */
export const eventStreamsLeftOut: Plugin = {
  name: 'event-streams-left-out',
  setup(builder) {
    // Only the protocol's dynamic import: a client whose operations stream (S3, in email-inbound) imports the codec statically and keeps it.
    builder.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]protocols[\\/]HttpProtocol\.js$/.test(args.importer) ? { path: 'event-streams-stub', namespace: 'event-streams-left-out' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'event-streams-left-out' }, () => ({
      contents:
        "const missing = () => { throw new Error('event streams are not bundled (infra/bundle.ts eventStreamsLeftOut): no operation of these functions streams events'); };\n" +
        'export class EventStreamSerde { constructor() { missing(); } }\nexport const eventStreamSerdeProvider = missing;',
      loader: 'js',
    }));
  },
};

/**
 * zod's JSON Schema output: every classic schema carries a `toJSONSchema` method and a processor
 * for its kind, so each bundle with zod shipped the generator (~18 KB) though only the API's
 * OpenAPI document is built from schemas. Elsewhere a stub with the same exports answers; the
 * schema methods that reach it (`toJSONSchema`, Standard Schema's `jsonSchema`) throw an error
 * that names what is missing, and parsing never does.
 */
export const zodJsonSchemaLeftOut: Plugin = {
  name: 'zod-json-schema-left-out',
  setup(builder) {
    builder.onResolve({ filter: /[\\/](to-json-schema|json-schema-processors)\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(dirname(args.importer), args.path), namespace: 'zod-json-schema-left-out' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-json-schema-left-out' }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const declared = [...source.matchAll(/^export (?:const|let|function\*?|class) (\w+)/gm)].map((match) => match[1]!);
      const renamed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((match) => match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/).at(-1)!).filter(Boolean));
      // The method factories run when a schema's Standard Schema props are read: they must return, not throw.
      const factories = new Set(['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod']);
      return {
        contents:
          "const missing = () => { throw new Error('zod JSON Schema output is not bundled here (infra/bundle.ts zodJsonSchemaLeftOut): only the api function builds it'); };\n" +
          [...declared, ...renamed].map((name) => `export const ${name} = ${factories.has(name) ? '() => missing' : 'missing'};`).join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * The SDK clients' default credential chain, as Lambda resolves it: from the environment the
 * runtime sets (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), the chain's first
 * link. The rest of the chain (SSO, ini files, process, web identity, container and instance
 * metadata) never answers in Lambda, yet brought its own STS/SSO/OIDC clients into every bundle
 * (~140 KB of each) and, through its dynamic imports, wrapped some 300 more SDK modules for lazy
 * initialisation. Outside Lambda the bundles need those variables set (docs/deploy.md).
 */
export const lambdaCredentialsFromEnv: Plugin = {
  name: 'lambda-credentials-from-env',
  setup(builder) {
    builder.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, (args) => ({ path: args.importer, namespace: 'lambda-credentials' }));
    builder.onLoad({ filter: /.*/, namespace: 'lambda-credentials' }, (args) => ({
      contents: "import { fromEnv } from '@aws-sdk/credential-provider-env';\nexport const defaultProvider = (init = {}) => fromEnv(init);",
      resolveDir: fileURLToPath(new URL('.', `file://${args.path}`)),
      loader: 'js',
    }));
  },
};

/** Where shared/classify/model-files.ts finds the models in the sources: beside itself. */
const MODEL_DIRECTORY_IN_SOURCES = "new URL('./model/', import.meta.url)";
const MODEL_SOURCES = `${REPO_ROOT}shared/classify/model/`;
/** Beside `index.mjs` in a package. */
export const MODEL_DIR = 'model';

/**
 * The classifier's trained models are Brotli files (shared/classify/model/*.br), read on the first
 * message that needs one. As base64 string constants in the JavaScript they were 466 KB of the
 * process package, scanned by Node at every cold start; as files they are 349 KB, read when used.
 * A bundle that reads them gets them copied to `model/` beside `index.mjs`, and model-files.ts
 * looks there from whichever output file it lands in (the entry, or a chunk one folder down).
 */
export function modelFilesBesideBundle(outDir: string): Plugin {
  return {
    name: 'model-files-beside-bundle',
    setup(builder) {
      let readsModels = false;
      builder.onLoad({ filter: /[\\/]shared[\\/]classify[\\/]model-files\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(MODEL_DIRECTORY_IN_SOURCES)) throw new Error(`${args.path} no longer says ${MODEL_DIRECTORY_IN_SOURCES}: update modelFilesBesideBundle`);
        readsModels = true;
        const besideHandler = `new URL(import.meta.url.includes('/${CHUNK_DIR}/') ? '../${MODEL_DIR}/' : './${MODEL_DIR}/', import.meta.url)`;
        return { contents: source.replace(MODEL_DIRECTORY_IN_SOURCES, besideHandler), loader: 'ts' };
      });
      builder.onEnd((result) => {
        if (!readsModels || result.errors.length > 0) return;
        mkdirSync(join(outDir, MODEL_DIR), { recursive: true });
        for (const file of readdirSync(MODEL_SOURCES)) if (file.endsWith('.br')) copyFileSync(join(MODEL_SOURCES, file), join(outDir, MODEL_DIR, file));
      });
    },
  };
}

/** JSON packed with brotli as base64, read back. */
const UNPACKED_FROM_BROTLI = "import { brotliDecompressSync } from 'node:zlib';\nconst unpacked = (packed) => JSON.parse(brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8'));";

/** A phrase → weight table rebuilt from its weights' phrase lists, `|`-separated. */
const WEIGHTED_FROM_LISTS = "const weighted = (lists) => { const table = {}; for (const [weight, phrases] of Object.entries(JSON.parse(lists))) for (const phrase of phrases.split('|')) table[phrase] = Number(weight); return table; };";

function isWeightTable(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(value).every(([key, weight]) => typeof weight === 'number' && !key.includes('|'));
}

function byWeight(table: Record<string, number>): Record<string, string> {
  const lists: Record<string, string[]> = {};
  for (const [phrase, weight] of Object.entries(table)) (lists[weight] ??= []).push(phrase);
  return Object.fromEntries(Object.entries(lists).map(([weight, phrases]) => [weight, phrases.join('|')]));
}

/** A TypeScript module's exports, its relative imports bundled in. */
async function evaluated<T>(contents: string, resolveDir: string): Promise<T> {
  const { outputFiles } = await build({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0]!.text).toString('base64')}`)) as T;
}

/** JSON files from this size on are worth parsing as JSON (V8's advice for object literals: 10 KB). */
const JSON_TEXT_MIN_BYTES = 10_000;

/**
 * Data modules as JSON text that V8 parses as JSON, not as JavaScript: an object literal of tens
 * of kilobytes is compiled and then evaluated object by object at init, while a string is only
 * scanned and `JSON.parse` builds the same objects several times faster. Large JSON files (the
 * English sentiment lexicon) are parsed when their module is evaluated; libphonenumber's metadata
 * (~80 KB), read only when a phone number is parsed, on its first use, through getters on the
 * object the library is handed (it reads nothing but those keys).
 */
export const dataAsJson: Plugin = {
  name: 'data-as-json',
  setup(builder) {
    // The AFINN lexicon and its emoji, word → score, as its scores' word lists: the quotes, colon and score of
    // every word were a third of their 53 KB. Read only through a Map (afinn-score.ts), so key order is free.
    builder.onLoad({ filter: /[\\/]sentiment[\\/](?:languages[\\/]en[\\/]labels|build[\\/]emoji)\.json$/ }, async (args) => {
      const labels = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, number>;
      const byScore: Record<string, string[]> = {};
      for (const [word, score] of Object.entries(labels)) (byScore[score] ??= []).push(word);
      const lists = Object.fromEntries(Object.entries(byScore).map(([score, words]) => [score, words.join('|')]));
      return {
        contents: `const labels = {};\nfor (const [score, words] of Object.entries(JSON.parse(${JSON.stringify(JSON.stringify(lists))}))) for (const word of words.split('|')) labels[word] = Number(score);\nmodule.exports = labels;`,
        loader: 'js',
      };
    });
    // The Chinese sentiment lexicon's phrase → weight tables likewise, as their weights' phrase lists: the key's quotes,
    // the colon, the weight and the comma of each of its ~1,300 phrases. It is a module of data alone, evaluated here
    // as the handler would; its tables are read by key and through a phrase matcher (zh-rules.ts), so order is free.
    // Marked pure, so a bundle that reads none of a table (api: the negators alone) leaves it out as before.
    builder.onLoad({ filter: /[\\/]shared[\\/]classify[\\/]zh-lexicon\.ts$/ }, async (args) => {
      const data = await evaluated<Record<string, unknown>>(await readFile(args.path, 'utf8'), dirname(args.path));
      const exported = Object.entries(data).map(([name, value]) => `export const ${name} = ${isWeightTable(value) ? `/* @__PURE__ */ weighted(${JSON.stringify(JSON.stringify(byWeight(value)))})` : JSON.stringify(value)};`);
      return { contents: `${WEIGHTED_FROM_LISTS}\n${exported.join('\n')}`, loader: 'js' };
    });
    // The default taxonomy, a module of data but for the phrases it generates (mildFaults, deniedVirtues), evaluated
    // here and carried as brotli-packed JSON: its 2,900 Chinese phrases were 26 KB of the process bundle as tables of
    // weight lists, 17 KB packed. Unpacked at init (well under a millisecond). JSON keeps the keys in their order, which
    // the phrase matcher needs (it keeps the first weight of two phrases of a type that fold to one); the build fails
    // unless every export is plain data that reads back as it was evaluated.
    builder.onLoad({ filter: /[\\/]shared[\\/]classify[\\/]default-taxonomy\.ts$/ }, async (args) => {
      const data = await evaluated<Record<string, unknown>>(await readFile(args.path, 'utf8'), dirname(args.path));
      const exported = Object.entries(data).map(([name, value]) => {
        const json = JSON.stringify(value);
        if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${args.path}: ${name} is not plain data and would read back differently as JSON; see dataAsJson`);
        const packed = brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY } }).toString('base64');
        return `export const ${name} = /* @__PURE__ */ unpacked(${JSON.stringify(packed)});`;
      });
      return { contents: `${UNPACKED_FROM_BROTLI}\n${exported.join('\n')}`, loader: 'js' };
    });
    builder.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      // Small files (the SDK clients' package.json) stay with esbuild's loader, which keeps only the keys read (`version`).
      if (text.length < JSON_TEXT_MIN_BYTES) return undefined;
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
    builder.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.(?:min|max)\.json\.js$/ }, async (args) => {
      const metadata = ((await import(pathToFileURL(args.path).href)) as { default: Record<string, unknown> }).default;
      const getters = Object.keys(metadata).map((key) => `get ${JSON.stringify(key)}() { return parsed()[${JSON.stringify(key)}]; }`);
      return {
        contents: `let metadata;\nconst parsed = () => (metadata ??= JSON.parse(${JSON.stringify(JSON.stringify(metadata))}));\nexport default { ${getters.join(', ')} };`,
        loader: 'js',
      };
    });
  },
};

/**
 * Bundles written as UTF-8; the others as ASCII, esbuild escaping non-ASCII characters in strings
 * as \uXXXX (not in regular-expression literals, which it writes as they are). Node decodes a
 * module's UTF-8 into the string V8 compiles at every cold start, and a few hundred Chinese
 * characters spread through half a megabyte of code cost ingest ~13 M instructions there (valgrind,
 * a fresh import: 827 -> 813 M). The classifier's lexicons, phrase lists and opencc's dictionaries
 * in process are Chinese text (26k characters since the models ship packed as base64), 3 bytes a
 * character as UTF-8 and 6 escaped: as ASCII the bundle is 76 KB larger, and its init no faster
 * (62.5 against 62.6 ms median wall, 15 fresh imports each taking turns, 2026-12-01).
 */
const UTF8_FUNCTIONS: ReadonlySet<FunctionName> = new Set(['process']);
/** The API serves its OpenAPI document, built from its zod schemas. */
const FUNCTIONS_WITH_JSON_SCHEMA: ReadonlySet<FunctionName> = new Set(['api']);

/**
 * The source maps of a deployed bundle go to `sourceMapDir`, not into the Lambda package: Lambda
 * never reads them (no --enable-source-maps), and beside the code they were more than half of
 * each package (ingest 1.67 MB with them, 0.76 MB without). Each map's sources are made relative
 * to the repository, so a logged stack trace is mapped with the map of the same synth.
 */
function moveSourceMaps(outDir: string, sourceMapDir: string): void {
  rmSync(sourceMapDir, { recursive: true, force: true });
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.map')) continue;
    const from = join(outDir, file);
    const map = JSON.parse(readFileSync(from, 'utf8')) as { sources: string[] };
    map.sources = map.sources.map((source) => relative(REPO_ROOT, resolve(dirname(from), source)));
    const to = join(sourceMapDir, file);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, JSON.stringify(map));
    rmSync(from);
  }
}

/**
 * Bundles and returns esbuild's metafile: which modules went in, and how many bytes each. With
 * `sourceMapDir` (synth) the maps are written there; without (the bench, the tests), none.
 */
export async function bundleFunction(name: FunctionName, outDir: string, sourceMapDir?: string): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: { index: `${REPO_ROOT}functions/${name}.ts` },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // Without splitting, esbuild inlines what a dynamic import reaches and Node compiles it at
    // every cold start even when that import never runs (ingest's mail parsers: ~130 KB).
    splitting: true,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    // CJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    minify: true,
    charset: UTF8_FUNCTIONS.has(name) ? 'utf8' : 'ascii',
    sourcemap: sourceMapDir ? 'external' : false,
    sourcesContent: false,
    tsconfig: `${REPO_ROOT}tsconfig.json`,
    plugins: [zodEnglishOnly, zodOpenApiWithZodTypeOnly, ...(FUNCTIONS_WITH_JSON_SCHEMA.has(name) ? [] : [zodJsonSchemaLeftOut]), lambdaCredentialsFromEnv, browserUserAgentParserLeftOut, eventStreamsLeftOut, dataAsJson, modelFilesBesideBundle(outDir)],
    metafile: true,
    logLevel: 'error',
  });
  if (sourceMapDir) moveSourceMaps(outDir, sourceMapDir);
  return metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, outDir, sourceMapDir] = process.argv.slice(2) as [FunctionName?, string?, string?];
  if (!name || !FUNCTION_NAMES.includes(name) || !outDir) throw new Error('usage: infra/bundle.ts <function name> <output directory> [<source map directory>]');
  await bundleFunction(name, outDir, sourceMapDir);
  // The console and the API reference, served from web/ beside the bundle (functions/web.ts).
  if (name === 'web') await buildWeb(join(outDir, 'web'), { sourceMap: false });
}
