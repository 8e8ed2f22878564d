import { describe, expect, it } from 'vitest';
import { bigramKey, ngramShown } from '../../shared/classify/zh-clauses.ts';

const unit = (text: string, at = 0) => text.charCodeAt(at);

describe('an n-gram as the explanations show it', () => {
  it('shows Han n-grams as they are', () => {
    expect(ngramShown(unit('慢'))).toBe('慢');
    expect(ngramShown(bigramKey(unit('太'), unit('慢')))).toBe('太慢');
  });

  it('shows half of an emoji as U+FFFD, alone or beside a Han character, and a whole one as itself', () => {
    const angry = '😡';
    expect(ngramShown(unit(angry))).toBe('\ufffd');
    expect(ngramShown(bigramKey(unit('气'), unit(angry)))).toBe('气\ufffd');
    expect(ngramShown(bigramKey(unit(angry, 1), unit('了')))).toBe('\ufffd了');
    expect(ngramShown(bigramKey(unit(angry), unit(angry, 1)))).toBe(angry);
  });
});
