import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/classify/language.ts';

describe('simplified or traditional script', () => {
  it('takes one character that is also simplified (著, 乾, 於) changed for simplified, converted all the same', () => {
    expect(detectLanguage('这家店很著名，味道不错').script).toBe('simplified');
    expect(detectLanguage('房间很乾净')).toEqual({ language: 'zh', script: 'simplified', analysisText: '房间很干净' });
    expect(detectLanguage('著名的店，於是去了').analysisText).toBe('著名的店,于是去了');
  });

  it('takes two such characters, or one with any other traditional character, for traditional', () => {
    expect(detectLanguage('於是去了乾洗店').script).toBe('traditional');
    expect(detectLanguage('他瞭解於是').analysisText).toBe('他了解于是');
    expect(detectLanguage('很著名，服務不錯').script).toBe('traditional');
    expect(detectLanguage('服務不錯').script).toBe('traditional');
  });
});
