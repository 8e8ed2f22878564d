import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
/** The pure core (README, "Architecture"): it runs the same in Lambda and locally. */
const CORE = ['shared/channels', 'shared/ingest', 'shared/identity', 'shared/timeline', 'shared/classify', 'shared/digest', 'shared/api', 'shared/http', 'shared/cases', 'shared/keys'];
const CORE_FILES = ['shared/event.ts', 'shared/event-ids.ts', 'shared/model.ts', 'shared/ports.ts', 'shared/config.ts', 'shared/mail-address.ts', 'shared/backoff.ts'];

/** Modules that belong to AWS adapters and handlers: the AWS SDK, Lambda glue, our own AWS adapters. */
const AWS_MODULE = /^@aws-sdk\/|^@smithy\/|^@aws-lambda-powertools\/|^aws-lambda$|^@types\/aws-lambda$|^hono\/aws-lambda$|^@hono\/aws-lambda$|\/adapters\/aws\/|\/runtime\/aws/;
/**
 * Names only AWS event envelopes use: Lambda's `Records`, SES's receipt verdicts and
 * `commonHeaders`, SNS's `Sns`, S3's `s3` record, API Gateway's `requestContext` and `sourceIp`.
 */
const ENVELOPE_NAMES = new Set(['Records', 'Sns', 'ses', 's3', 'receipt', 'commonHeaders', 'spfVerdict', 'dkimVerdict', 'dmarcVerdict', 'virusVerdict', 'requestContext', 'sourceIp', 'awsRequestId']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

interface Finding {
  file: string;
  line: number;
  what: string;
}

/** Imports of AWS modules and uses of envelope names, found in the syntax tree (comments and strings other than keys are ignored). */
function awsKnowledge(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string) => findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const visit = (node: ts.Node): void => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : undefined;
    if (specifier && AWS_MODULE.test(specifier)) report(node, `imports ${specifier}`);
    if (ts.isIdentifier(node) && ENVELOPE_NAMES.has(node.text)) report(node, `reads the AWS envelope field ${node.text}`);
    if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && ENVELOPE_NAMES.has(node.argumentExpression.text)) {
      report(node, `reads the AWS envelope field ${node.argumentExpression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('architecture: the core knows no AWS', () => {
  const files = [...CORE.flatMap(sourceFiles), ...CORE_FILES];

  it('covers the core', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it('no core module imports the AWS SDK, Lambda glue or an AWS adapter, or reads an AWS event envelope', () => {
    const findings = files.flatMap((file) => awsKnowledge(file, readFileSync(join(ROOT, file), 'utf8')));
    const where = 'AWS knowledge belongs in shared/adapters/aws/ (or shared/runtime/, functions/); give the core a neutral type';
    expect(findings.map(({ file, line, what }) => `${file}:${line} ${what}`), where).toEqual([]);
  });

  it('recognises each kind of AWS knowledge, and not the same words in comments or text', () => {
    const found = (text: string) => awsKnowledge('probe.ts', text).map((finding) => finding.what);
    expect(found("import { SQSClient } from '@aws-sdk/client-sqs';")).toEqual(['imports @aws-sdk/client-sqs']);
    expect(found("export { x } from '../adapters/aws/secrets.ts';")).toEqual(['imports ../adapters/aws/secrets.ts']);
    expect(found("const m = await import('hono/aws-lambda');")).toEqual(['imports hono/aws-lambda']);
    expect(found('const ip = c.env.event.requestContext.http.sourceIp;')).toEqual(['reads the AWS envelope field requestContext', 'reads the AWS envelope field sourceIp']);
    expect(found('interface E { Records?: { ses?: { receipt?: { spfVerdict?: string } } }[] }')).toHaveLength(4);
    expect(found("const first = event['Records'][0];")).toEqual(['reads the AWS envelope field Records']);
    expect(found("// SES puts Records in the event\nconst via = 'ses';")).toEqual([]);
  });
});
