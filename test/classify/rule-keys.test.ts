import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { ComplaintTypeDetector } from '../../shared/classify/complaint-types.ts';
import { detectLanguage } from '../../shared/classify/language.ts';
import { concerns, RuleKeys } from '../../shared/classify/rule-keys.ts';
import { RULES, ruleInputs } from '../../shared/classify/service-type-rules.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';

const marked = (keys: RuleKeys, text: string, rules: number) => Array.from({ length: rules }, (_, r) => r).filter((r) => concerns(keys.scan(text), r));

describe('RuleKeys', () => {
  it('marks a rule wherever one of its keys stands', () => {
    const keys = new RuleKeys([['慢'], ['骑手', '小哥'], ['网', 'wi'], undefined]);
    expect(marked(keys, '送得太慢', 4)).toEqual([0, 3]);
    expect(marked(keys, '外卖小哥迟到', 4)).toEqual([1, 3]);
    expect(marked(keys, '房间WiFi连不上', 4)).toEqual([2, 3]);
    expect(marked(keys, '很满意', 4)).toEqual([3]);
    // A longer key needs both its first characters: 骑 alone, or 小 at the end, is none.
    expect(marked(keys, '骑车来的，小', 4)).toEqual([3]);
  });

  it('reads a key of three characters or more whole, ASCII letters in either case', () => {
    const keys = new RuleKeys([['不会再'], ['不会'], ['wifi密码']]);
    expect(marked(keys, '下次不会来了', 3)).toEqual([1]);
    expect(marked(keys, '再也不会再来了', 3)).toEqual([0, 1]);
    expect(marked(keys, 'WiFi密码不对', 3)).toEqual([2]);
    expect(marked(keys, 'wifi密', 3)).toEqual([]);
  });

  it('finds every occurrence, a key inside or overlapping another included', () => {
    const keys = new RuleKeys([['外卖小哥'], ['卖小'], ['小哥']]);
    expect(marked(keys, '外卖小哥', 3)).toEqual([0, 1, 2]);
    expect(marked(keys, '卖小哥', 3)).toEqual([1, 2]);
  });

  it('holds more rules than one word of the mask', () => {
    const keys = new RuleKeys(Array.from({ length: 70 }, (_, r) => [String.fromCharCode(0x4e00 + r)]));
    expect(marked(keys, `${String.fromCharCode(0x4e00 + 3)}${String.fromCharCode(0x4e00 + 40)}${String.fromCharCode(0x4e00 + 69)}`, 70)).toEqual([3, 40, 69]);
  });
});

/** Chinese texts the rules were written for: every Chinese string in the classifier's tests (each rule's examples), and the corpus's dev split. */
function textsToCheck(): string[] {
  const dir = new URL('./', import.meta.url);
  const literals = readdirSync(dir)
    .filter((file) => file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/'([^'\n]*[\u4e00-\u9fff][^'\n]*)'/g)].map((match) => match[1]!));
  const dev = loadCorpus()
    .filter((item) => item.split === 'dev')
    .map((item) => item.text);
  return [...new Set([...literals, ...dev])].map((text) => detectLanguage(text)).filter((d) => d.language === 'zh').map((d) => d.analysisText);
}

describe("the service-type rules' keys", () => {
  it('pass a verdict rule over on a 差 or a 别 of another word (出差, 差不多, 别人)', () => {
    const keys = new RuleKeys(RULES.map((rule) => rule.keys?.split('|')));
    const verdictOnly = RULES.findIndex((rule) => rule.says.startsWith('a verdict naming no fault'));
    expect(verdictOnly).toBeGreaterThanOrEqual(0);
    expect(marked(keys, '出差住了两晚，房间和别人说的差不多', RULES.length)).not.toContain(verdictOnly);
    expect(marked(keys, '特别差，不会再来了', RULES.length)).toContain(verdictOnly);
  });

  it('pass the rule of an item not sent over on a 没有, 也没 or 东西 that names none (房间没有窗户，也没热水)', () => {
    const keys = new RuleKeys(RULES.map((rule) => rule.keys?.split('|')));
    const itemNotSent = RULES.findIndex((rule) => rule.says.startsWith('an item of the order not sent'));
    expect(itemNotSent).toBeGreaterThanOrEqual(0);
    expect(marked(keys, '房间没有窗户，也没热水，东西倒是很多', RULES.length)).not.toContain(itemNotSent);
    expect(marked(keys, '米饭也没送，筷子也没有', RULES.length)).toContain(itemNotSent);
  });

  it("hold: on a text without any of a rule's keys the rule changes nothing, whatever types it is given", () => {
    const taxonomyTypes = new ComplaintTypeDetector(DEFAULT_TAXONOMY).types;
    const score = (type: string): ComplaintTypeScore => ({ type, confidence: 0.5, phrases: [], problem: true });
    const typeSets = [[], taxonomyTypes, ...taxonomyTypes.map((type) => [type])].map((set) => set.map(score));
    const inputs = ruleInputs(DEFAULT_TAXONOMY, taxonomyTypes);
    const keys = new RuleKeys(RULES.map((rule) => rule.keys?.split('|')));
    const texts = textsToCheck();
    expect(texts.length).toBeGreaterThan(4000);
    const broken = new Set<string>();
    let passedOver = 0;
    for (const text of texts) {
      const mask = keys.scan(text);
      RULES.forEach((rule, r) => {
        if (concerns(mask, r)) return;
        passedOver += 1;
        for (const types of typeSets) {
          for (const negative of [true, false]) {
            const after = rule.apply(types, { text, negative, statesNoProblem: false }, inputs);
            if (after.map((t) => t.type).join() !== types.map((t) => t.type).join()) broken.add(`${rule.keys}: ${text}`);
          }
        }
      });
    }
    expect([...broken].slice(0, 5)).toEqual([]);
    // The keys pass most rules over on most texts, or they would not be worth their scan.
    expect(passedOver / (texts.length * RULES.length)).toBeGreaterThan(0.5);
  }, 300_000);
});
