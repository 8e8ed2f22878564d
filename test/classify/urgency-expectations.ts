import { expect } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

export const classify = (text: string) => classifier.classifySync({ text });

/** Urgent, for the reason given, quoting the signal that made it so. */
export function expectUrgentFor(text: string, reason: string, signal: string): void {
  const result = classify(text);
  expect(result.urgent).toBe(true);
  expect(result.urgentReason).toContain(reason);
  expect(result.urgentReason).toContain(signal);
}
