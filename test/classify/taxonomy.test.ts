import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalClassifier, DEFAULT_TAXONOMY, extendTaxonomy, loadTaxonomy } from '../../shared/classify/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const EXTENSION = {
  types: [
    { id: 'parking', labelZh: '停车', labelEn: 'Parking', keywords: { 停车难: 1.4, 'no parking': 1.3 }, topics: { 车位: 0.8 } },
    { id: 'delivery', keywords: { 送到隔壁: 1.5 } },
  ],
};

describe('complaint taxonomy', () => {
  it('ships the eleven default types', () => {
    expect(DEFAULT_TAXONOMY.types.map((t) => t.id)).toEqual([
      'product_quality', 'service_attitude', 'delivery', 'order_accuracy', 'price_billing', 'after_sales',
      'misleading_promise', 'environment', 'responsiveness', 'digital_experience', 'privacy_security',
    ]);
  });

  it('is the default when no file is configured', () => {
    expect(loadTaxonomy(undefined)).toBe(DEFAULT_TAXONOMY);
  });

  it('adds new types and extends existing ones from a JSON file', () => {
    const taxonomy = loadTaxonomy(writeJson('extension.json', EXTENSION));
    expect(taxonomy.types).toHaveLength(DEFAULT_TAXONOMY.types.length + 1);
    const classifier = createLocalClassifier({ taxonomy });
    const parking = classifier.classifySync({ text: '商场停车难，车位太少了，绕了半小时' });
    expect(parking.complaintTypes.map((t) => t.type)).toContain('parking');
    const english = classifier.classifySync({ text: 'No parking anywhere near the hotel, terrible' });
    expect(english.complaintTypes.map((t) => t.type)).toContain('parking');
    const delivery = classifier.classifySync({ text: '外卖又送到隔壁去了，气死' });
    expect(delivery.complaintTypes.map((t) => t.type)).toContain('delivery');
    // The default classifier knows nothing of the new type.
    expect(createLocalClassifier().classifySync({ text: '商场停车难，车位太少了' }).complaintTypes.map((t) => t.type)).not.toContain('parking');
  });

  it('reads COMPLAINT_TAXONOMY_FILE when no file is passed', () => {
    const file = writeJson('from-env.json', EXTENSION);
    const previous = process.env.COMPLAINT_TAXONOMY_FILE;
    process.env.COMPLAINT_TAXONOMY_FILE = file;
    try {
      expect(loadTaxonomy().types.some((t) => t.id === 'parking')).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.COMPLAINT_TAXONOMY_FILE;
      else process.env.COMPLAINT_TAXONOMY_FILE = previous;
    }
  });

  it('removes a default phrase given weight 0 without touching the defaults', () => {
    const taxonomy = extendTaxonomy(DEFAULT_TAXONOMY, { types: [{ id: 'delivery', keywords: { 超时: 0 } }] });
    expect(taxonomy.types.find((t) => t.id === 'delivery')?.keywords).not.toHaveProperty('超时');
    expect(DEFAULT_TAXONOMY.types.find((t) => t.id === 'delivery')?.keywords).toHaveProperty('超时');
  });

  it('fails loudly on a missing or malformed file, naming it', () => {
    expect(() => loadTaxonomy(join(dir, 'missing.json'))).toThrow(/missing\.json/);
    expect(() => loadTaxonomy(writeJson('bad.json', '{"types":[{"id":"Bad Id"}]}'))).toThrow(/bad\.json/);
    expect(() => loadTaxonomy(writeJson('not-json.json', 'types: []'))).toThrow(/not-json\.json/);
    expect(() => loadTaxonomy(writeJson('heavy.json', { types: [{ id: 'x', keywords: { 太贵: 9 } }] }))).toThrow(/heavy\.json.*0 to 5/);
    expect(() => loadTaxonomy(writeJson('no-types.json', { kinds: [] }))).toThrow(/no-types\.json/);
  });
});
