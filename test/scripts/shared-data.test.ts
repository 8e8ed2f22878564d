import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASAP_FILE } from '../../scripts/corpus/load.ts';
import { DEFAULT_DATASET } from '../../scripts/sentiment-training/dataset.ts';
import { readSharedData, sharedDataFile } from '../../scripts/shared-data.ts';

describe("the team's reference data beside the checkout", () => {
  it('is found from the repo, whatever the working directory (tests and benches run from subfolders too)', () => {
    for (const file of [ASAP_FILE, DEFAULT_DATASET]) {
      expect(isAbsolute(file)).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('names a missing file and where it belongs instead of a bare ENOENT', () => {
    const missing = sharedDataFile(join('complaints', 'no-such-file.jsonl'));
    expect(() => readSharedData(missing)).toThrow(/no-such-file\.jsonl not found: .*\.\.\/shared\/data\/ beside the checkout/);
  });
});
