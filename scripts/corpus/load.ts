/**
 * The labelled complaint corpus (corpus/README.md) with its fixed splits:
 *  - shopping: reviews of ../shared/data/sentiment labelled by hand; the text is joined from the
 *    shared file by key (its licence keeps the text out of the repository);
 *  - written: service-domain feedback we wrote and labelled ourselves (hotel, restaurant,
 *    delivery, telecom, bank, apps), marked as written, and the hand-written dev set of
 *    test/classify/fixtures;
 *  - asap: ../shared/data/complaints (real Dianping reviews), labelled by our guide
 *    (corpus/asap-guide-labels.jsonl; ASAP's own aspect annotations, mapped, kept as
 *    `aspectTypes`): half A may be trained and tuned on, half B is only ever measured.
 * Each item's split comes from a hash of its id, so it never changes when the corpus grows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DEV_SET, loadDevSet } from '../classifier-evaluation.ts';
import { loadReviews } from '../sentiment-training/dataset.ts';
import { readSharedData, sharedDataFile } from '../shared-data.ts';

export type Split = 'train' | 'dev' | 'test';
export type Source = 'shopping' | 'written' | 'asap';

export interface CorpusItem {
  id: string;
  source: Source;
  domain: string;
  text: string;
  complaintTypes: string[];
  urgent: boolean;
  /** positive | negative | neutral; ASAP's three-star reviews are 'mixed'. */
  sentiment: string;
  split: Split;
  /** ASAP only: the types its annotators' negative aspects map to (the shared file's labels). */
  aspectTypes?: string[];
  /** Written items: the corpus file they come from. */
  file?: string;
}

/**
 * The files written for the English model (corpus/written-en-*). The Chinese models train as they
 * did before these came: the complaint-type model trained with them, or with no English at all,
 * moved its held-aside scores within noise (Chinese test micro-F1 0.7509–0.7519 against 0.7510,
 * ASAP half B 0.595–0.601 against 0.610) and lost premises faults the probe tests hold.
 */
export function writtenForEnglishModel(item: CorpusItem): boolean {
  return item.file?.startsWith('written-en-') === true;
}

/**
 * The English service-trade files (corpus/written-en-services*: airlines, carriers, banks, insurers, apps…). They train the
 * English model but do not choose its thresholds, and their complaints count half in its sentiment (scripts/english-training/train-model.ts).
 */
export function writtenForServiceTrades(item: CorpusItem): boolean {
  return item.file?.startsWith('written-en-services') === true;
}

const CORPUS_DIR = new URL('../../corpus/', import.meta.url);
export const ASAP_FILE = sharedDataFile('complaints/asap_restaurant_300.jsonl');

function unit(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32;
}

function split(id: string): Split {
  const u = unit(id);
  return u < 0.7 ? 'train' : u < 0.85 ? 'dev' : 'test';
}

/** ASAP half B (≥ 0.5) is test only; half A is 70/30 train/dev. */
function asapSplit(id: string): Split {
  const u = unit(id);
  return u >= 0.5 ? 'test' : u < 0.35 ? 'train' : 'dev';
}

function readJsonl<T>(file: URL | string): T[] {
  if (!existsSync(file)) return [];
  return jsonLines<T>(readFileSync(file, 'utf8'));
}

function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

interface ShoppingLabel {
  key: string;
  category: string;
  label: 'positive' | 'negative';
  complaint_types: string[];
  urgent: boolean;
}

interface WrittenItem {
  id: string;
  domain: string;
  text: string;
  sentiment: string;
  complaint_types: string[];
  urgent: boolean;
}

interface AsapItem {
  id: string;
  text: string;
  sentiment: string;
  complaint_types: string[];
}

interface GuideLabel {
  key: string;
  complaint_types: string[];
  urgent: boolean;
}

/** Written measuring sets kept out of training (corpus/measure-*.jsonl), by file. */
export function loadMeasuringSets(): { file: string; items: Pick<CorpusItem, 'text' | 'complaintTypes' | 'urgent' | 'sentiment'>[] }[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.startsWith('measure-') && file.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      items: readJsonl<WrittenItem>(new URL(file, CORPUS_DIR)).map((item) => ({ text: item.text, complaintTypes: item.complaint_types, urgent: item.urgent, sentiment: item.sentiment })),
    }));
}

/**
 * The Chinese development batteries (corpus/dev-*.jsonl): written and labelled blind by writers who then ran
 * the classifier on them and grouped its errors, so rules were made on them and they measure nothing any
 * more. Since session 41 they train the complaint-type model (scripts/train-complaint-types.ts) with their
 * train split and choose its thresholds with their dev split; the sentiment and English models, and the
 * held-aside figures, do not read them. The English batteries (dev-s39-en-support, dev-s43-en-premises) are left out:
 * the Chinese model learns no English. Session 43's batteries are left out too: trained on, they moved all the text held
 * out from training 0.8256 → 0.8247 (shopping held-aside 0.759 → 0.754, ASAP half B 0.683 → 0.688), so they only measure
 * the rules made on them. Session 44's batteries (dev-s44-*) and session 45's (dev-s45-*) are left out as well: the model
 * stayed as it was trained, and they measure the phrases and rules made on them.
 */
export function loadBatteries(): CorpusItem[] {
  return writtenFiles((file) => file.startsWith('dev-') && !ENGLISH_BATTERY.test(file) && !UNTRAINED_BATTERY.test(file));
}

/** The items of the corpus files of our own writing that `chosen` picks, in file-name order, each split by its id. */
function writtenFiles(chosen: (file: string) => boolean): CorpusItem[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.jsonl') && chosen(file))
    .sort()
    .flatMap((file) =>
      readJsonl<WrittenItem>(new URL(file, CORPUS_DIR)).map(
        (item): CorpusItem => ({ id: item.id, source: 'written', domain: item.domain, text: item.text, complaintTypes: item.complaint_types, urgent: item.urgent, sentiment: item.sentiment, split: split(item.id), file }),
      ),
    );
}

const ENGLISH_BATTERY = /^dev-(?:s\d+-)?en-/;
const UNTRAINED_BATTERY = /^dev-s4[3-6]-/;

/** A shopping item's corpus id, from its review's key (scripts/corpus/review-key.ts). */
export function shoppingItemId(key: string): string {
  return `shop-${key}`;
}

export function loadCorpus(): CorpusItem[] {
  const texts = new Map(loadReviews().map((review) => [review.key, review.text]));
  const shopping = readJsonl<ShoppingLabel>(new URL('shopping-labels.jsonl', CORPUS_DIR)).flatMap((label): CorpusItem[] => {
    const text = texts.get(label.key);
    if (text === undefined) throw new Error(`corpus: review ${label.key} is not in the shared sentiment file`);
    const id = shoppingItemId(label.key);
    return [{ id, source: 'shopping', domain: label.category, text, complaintTypes: label.complaint_types, urgent: label.urgent, sentiment: label.label, split: split(id) }];
  });
  const written = writtenFiles((file) => file.startsWith('written-'));
  const guideLabels = new Map(readJsonl<GuideLabel>(new URL('asap-guide-labels.jsonl', CORPUS_DIR)).map((label) => [label.key, label]));
  const asap = jsonLines<AsapItem>(readSharedData(ASAP_FILE)).map((item): CorpusItem => {
    const label = guideLabels.get(item.id);
    if (!label) throw new Error(`corpus: ASAP review ${item.id} has no guide label`);
    return {
      id: item.id,
      source: 'asap',
      domain: 'restaurant',
      text: item.text,
      complaintTypes: label.complaint_types,
      urgent: label.urgent,
      sentiment: item.sentiment,
      split: asapSplit(item.id),
      aspectTypes: item.complaint_types,
    };
  });
  // The hand-written dev set (test/classify/fixtures) is our own writing too; its hold-out twin is never trained on.
  const fixtures = loadDevSet(DEV_SET).map(
    (item): CorpusItem => ({
      id: item.id,
      source: 'written',
      domain: 'support',
      text: item.text,
      complaintTypes: item.complaintTypes,
      urgent: item.urgent,
      sentiment: item.sentiment,
      split: split(item.id),
    }),
  );
  return [...shopping, ...written, ...fixtures, ...asap];
}
