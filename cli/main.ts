import { parseArgs } from 'node:util';
import { DataDirInUseError } from '../shared/adapters/local/data-dir-owner.ts';
import { ConfigError, loadConfig } from '../shared/config.ts';
import { isProgrammingError } from './causes.ts';
import { ImportInterrupted } from './import-interrupted.ts';
import { exitOnFailedStdoutWrite } from './output.ts';
import { ServerGone } from './server-request.ts';
import { isFilesystemRefusal, UsageError } from './usage-error.ts';
import { KeyFileUnreadableError } from '../shared/adapters/local/file-key-registry.ts';

const USAGE = `usage: feedback <command> [options]

commands:
  serve                       run ingest, queue, processor and API locally (PORT, DATA_DIR)
  classify --jsonl [file]     read {"id","text"} lines from the file or stdin, write classifications as JSON lines
  import <file.jsonl|.csv>    backfill historical feedback through the same pipeline
  digest --period daily|weekly [--date YYYY-MM-DD] [--out file.html] [--send]
                              build (and send) a management digest
  keys create --scope read|write|admin --name <name>
                              create an API key (printed once; kept hashed in DATA_DIR or the AWS secret)
  keys list | keys revoke <id>
  redrive                     move the local queue's dead letters back after a fix
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case 'serve': {
      const { serveCommand } = await import('./serve.ts');
      await serveCommand(loadConfig());
      return -1;
    }
    case 'classify': {
      const { values, positionals } = parseArgs({ args: rest, options: { jsonl: { type: 'boolean' } }, allowPositionals: true });
      if (!values.jsonl) return usage('classify reads JSON lines: pass --jsonl');
      if (positionals.length > 1) return usage('classify reads one file (or stdin when none is given or it is "-")');
      const { classifyJsonlFile } = await import('./classify.ts');
      const { errors } = await classifyJsonlFile(positionals[0], process.stdout);
      return errors > 0 ? 1 : 0;
    }
    case 'import': {
      const { runImportCommand } = await import('./import.ts');
      return runImportCommand(rest, loadConfig());
    }
    case 'digest': {
      const { runDigestCommand } = await import('./digest.ts');
      return runDigestCommand(rest, loadConfig());
    }
    case 'keys': {
      const { runKeysCommand } = await import('./keys.ts');
      return runKeysCommand(rest, loadConfig());
    }
    case 'redrive': {
      if (rest.length > 0) return usage('redrive takes no arguments');
      const { runRedriveCommand } = await import('./redrive.ts');
      return runRedriveCommand(loadConfig());
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      return usage(`unknown command ${command}`);
  }
}

/** One line for a problem the user can fix (exit 2) or an import stopped by a refused row (exit 1); undefined for a bug. */
function userFacing(error: unknown): { message: string; exitCode: number } | undefined {
  if (error instanceof ImportInterrupted && !isProgrammingError(error.cause)) return { message: error.message, exitCode: 1 };
  if (error instanceof ServerGone) return { message: error.message, exitCode: 1 };
  if (isFilesystemRefusal(error)) {
    return { message: `${error.message}: the data directory (DATA_DIR) and the files named must be folders and files this user can read and write`, exitCode: 2 };
  }
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof UsageError || error instanceof KeyFileUnreadableError || isArgumentError(error)) return { message: (error as Error).message, exitCode: 2 };
  return undefined;
}

/** node:util parseArgs refusing an option or value the user typed. */
function isArgumentError(error: unknown): boolean {
  return String((error as { code?: unknown } | undefined)?.code ?? '').startsWith('ERR_PARSE_ARGS');
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\n\n${USAGE}`);
  return 2;
}

let settled = false;
exitOnFailedStdoutWrite(() => (settled = true));
// Node exits, with status 0, once nothing is left to wait on, even while a command still awaits
// something that will never answer (a fetch to a server that dropped the connection can hang so).
process.on('exit', () => {
  if (settled) return;
  process.stderr.write('the command stopped before it finished: what it was waiting for (the server named in DATA_DIR/owner.json?) went away without answering\n');
  process.exitCode = 1;
});

main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    // Problems the user can fix get one clear line; anything else keeps its stack for a bug report.
    const known = userFacing(error);
    process.stderr.write(`${known ? known.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = known ? known.exitCode : 1;
  },
);
