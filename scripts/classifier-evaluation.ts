import { readFileSync } from 'node:fs';
import type { Intent, SentimentLabel } from '../shared/classify/types.ts';

/**
 * The hand-written labelled sets in test/classify/fixtures/: the development set (now part of
 * the training corpus) and a hold-out set that nothing is trained or tuned on.
 */
export interface DevItem {
  id: string;
  text: string;
  sentiment: SentimentLabel;
  intent: Intent;
  complaintTypes: string[];
  urgent: boolean;
}

export const DEV_SET = new URL('../test/classify/fixtures/complaints-dev.jsonl', import.meta.url);
/** Written after the lexicons were tuned and not used to tune them. */
export const HOLDOUT_SET = new URL('../test/classify/fixtures/complaints-holdout.jsonl', import.meta.url);

export function loadDevSet(file: URL | string = DEV_SET): DevItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as DevItem);
}
