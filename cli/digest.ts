import { parseArgs } from 'node:util';
import { causes, isProgrammingError } from './causes.ts';
import { existingDataDir } from './data-dir.ts';
import { writeOutputFile } from './output.ts';
import { shownInTerminal } from './terminal-text.ts';
import { UsageError } from './usage-error.ts';
import { claimDataDir, DataDirInUseError, liveOwner } from '../shared/adapters/local/data-dir-owner.ts';
import { LocalStore } from '../shared/adapters/local/local-store.ts';
import { createMailer } from '../shared/adapters/mailers.ts';
import { loadTaxonomy } from '../shared/classify/taxonomy.ts';
import type { Config } from '../shared/config.ts';
import { isBareAddress } from '../shared/mail-address.ts';
import {
  buildDigest,
  consoleUrlOf,
  DIGEST_LANGUAGES,
  DIGEST_PERIODS,
  digestDayProblem,
  digestWindow,
  hasEnded,
  renderDigestHtml,
  renderDigestText,
  DigestNotDeliveredError,
  DigestPeriodNotOverError,
  sendDigest,
  type DigestLanguage,
  type DigestPeriod,
} from '../shared/digest/index.ts';
import { systemClock, type Clock, type Mailer } from '../shared/ports.ts';

const USAGE =
  'usage: feedback digest --period daily|weekly [--date YYYY-MM-DD] [--out file.html] [--send [--to a@b.com,...] [--force]] [--lang zh|en]\n';

/**
 * `feedback digest`: builds the digest from the local store in DATA_DIR; `--out` writes a
 * self-contained HTML file, `--send` mails it through MAIL_TRANSPORT, neither prints the text.
 */
export async function runDigestCommand(argv: string[], config: Config, clock: Clock = systemClock): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      period: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      send: { type: 'boolean', default: false },
      to: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const period = values.period as DigestPeriod;
  const language = (values.lang ?? config.DIGEST_LANGUAGE) as DigestLanguage;
  if (!DIGEST_PERIODS.includes(period) || !DIGEST_LANGUAGES.includes(language)) return usage();
  const dateProblem = values.date === undefined ? undefined : digestDayProblem(values.date);
  if (dateProblem !== undefined) throw new UsageError(`--date ${values.date} is ${dateProblem}`);
  const date = values.date === undefined ? {} : { date: values.date };
  const now = clock.now();
  const window = digestWindow(period, { now, timeZone: config.REPORT_TIME_ZONE, ...date });
  const ended = hasEnded(window, now, config.REPORT_TIME_ZONE);
  // Refused before anything is built, written or claimed: sendDigest would refuse it too.
  if (values.send && !ended) throw new UsageError(`${new DigestPeriodNotOverError(window, config.REPORT_TIME_ZONE).message} (without --send the digest is printed, or written with --out)`);
  const addressedTo = values.to === undefined ? undefined : recipientsToSendTo(values.to);

  const dataDir = existingDataDir(config, 'digest');
  const owner = liveOwner(dataDir);
  if (owner && values.send) {
    // Sending records a claim in the store, which only the directory's owner may write.
    process.stderr.write(`${new DataDirInUseError(dataDir, owner).message}; stop it to send, or build with --out while it runs\n`);
    return 2;
  }
  // Beside a running server, read what it has written so far without writing anything.
  if (!owner) claimDataDir(dataDir);
  const store = new LocalStore(dataDir, { readOnly: owner !== undefined });
  const taxonomy = loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE);
  const consoleUrl = consoleUrlOf(config.PUBLIC_BASE_URL);
  const links = consoleUrl ? { consoleUrl } : {};
  const digest = await buildDigest(store, period, { timeZone: config.REPORT_TIME_ZONE, now, taxonomy, ...date, ...links });
  if (!ended) process.stderr.write(`the ${period} period from ${window.start} has not ended: this preview shows it so far\n`);
  if (values.out) {
    await writeOutputFile(values.out, renderDigestHtml(digest, language));
    process.stderr.write(`wrote ${values.out}\n`);
  }
  if (!values.send) {
    if (!values.out) process.stdout.write(renderDigestText(digest, language));
    return 0;
  }

  const recipients = addressedTo ?? (period === 'daily' ? config.DIGEST_DAILY_RECIPIENTS : config.DIGEST_WEEKLY_RECIPIENTS);
  if (recipients.length === 0) {
    process.stderr.write(`no recipients: pass --to or set DIGEST_${period.toUpperCase()}_RECIPIENTS\n`);
    return 2;
  }
  const mailer = await createMailer(config);
  try {
    const result = await sendDigest({
      store,
      mailer,
      clock,
      period,
      recipients,
      language,
      from: config.MAIL_FROM,
      timeZone: config.REPORT_TIME_ZONE,
      force: values.force,
      taxonomy,
      date: digest.window.start,
      ...links,
    });
    process.stdout.write(
      result.status === 'sent'
        ? `sent ${result.key} to ${shownInTerminal(result.recipients.join(', '))} via ${config.MAIL_TRANSPORT} (${shownInTerminal(result.messageId)})\n`
        : `already sent ${result.key}; pass --force to send it again\n`,
    );
    return 0;
  } catch (error) {
    // The mail service refused or did not answer: what it said, in one line, and what happens next.
    if (!(error instanceof DigestNotDeliveredError) || isProgrammingError(error.cause)) throw error;
    process.stderr.write(`${error.message} (${causes(error.cause)})\n`);
    return 1;
  } finally {
    mailer.close?.();
  }
}

/** `--to`, checked as the configured recipient lists are: each entry one bare address. */
function recipientsToSendTo(list: string): string[] {
  const recipients = list.split(',').map((address) => address.trim()).filter(Boolean);
  const wrong = recipients.find((address) => !isBareAddress(address));
  if (wrong !== undefined) {
    throw new UsageError(`--to: "${shownInTerminal(wrong.slice(0, 100))}" is not a mail address such as ops@example.com (give each address alone, without a name or <>)`);
  }
  return recipients;
}

function usage(): number {
  process.stderr.write(USAGE);
  return 2;
}
