/**
 * Prints each Lambda package as `npm run synth` wrote it (every file of its `cdk.out/asset.*`
 * folder, as deployed) beside its limit (infra/bundle.ts), and exits 1 when one is over.
 * Usage: node --import tsx infra/package-sizes.ts [cdk.out]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_SIZE_LIMITS, FUNCTION_NAMES, type FunctionName } from './bundle.ts';

interface TemplateResource {
  Type: string;
  Metadata?: Record<string, unknown>;
  Properties?: { Environment?: { Variables?: Record<string, unknown> } };
}

function bytesIn(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => statSync(join(dir, path)))
    .filter((stats) => stats.isFile())
    .reduce((sum, stats) => sum + stats.size, 0);
}

/** Each function's name (its POWERTOOLS_SERVICE_NAME, `feedback-<name>`) and package folder. */
export function synthesisedPackages(assemblyDir: string): { name: FunctionName; dir: string }[] {
  const manifest = JSON.parse(readFileSync(join(assemblyDir, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string; properties?: { templateFile?: string } }> };
  const templates = Object.values(manifest.artifacts).flatMap((artifact) => (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile ? [artifact.properties.templateFile] : []));
  return templates.flatMap((file) => {
    const { Resources } = JSON.parse(readFileSync(join(assemblyDir, file), 'utf8')) as { Resources: Record<string, TemplateResource> };
    return Object.values(Resources).flatMap((resource) => {
      const service = resource.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
      const name = typeof service === 'string' ? service.replace(/^feedback-/, '') : '';
      const path = resource.Metadata?.['aws:asset:path'];
      if (resource.Type !== 'AWS::Lambda::Function' || typeof path !== 'string' || !(FUNCTION_NAMES as readonly string[]).includes(name)) return [];
      return [{ name: name as FunctionName, dir: join(assemblyDir, path) }];
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const assemblyDir = process.argv[2] ?? 'cdk.out';
  let over = false;
  for (const { name, dir } of synthesisedPackages(assemblyDir)) {
    const bytes = bytesIn(dir);
    const limit = BUNDLE_SIZE_LIMITS[name];
    over ||= bytes > limit;
    console.log(`package ${name.padEnd(13)} ${(bytes / 1e6).toFixed(2)} MB (${bytes.toLocaleString('en')} bytes; limit ${(limit / 1e6).toFixed(1)} MB${bytes > limit ? ', OVER' : ''})  ${dir}`);
  }
  if (over) process.exit(1);
}
