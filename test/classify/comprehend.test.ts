import {
  ComprehendClient,
  DetectDominantLanguageCommand,
  DetectSentimentCommand,
  type DetectSentimentCommandOutput,
} from '@aws-sdk/client-comprehend';
import { describe, expect, it, vi } from 'vitest';
import { createComprehendClassifier, toSentiment } from '../../shared/adapters/aws/comprehend-classifier.ts';

type SentimentReply = Pick<DetectSentimentCommandOutput, 'Sentiment' | 'SentimentScore'>;

/** A real client whose send is stubbed: no network, but the real command classes. */
function stubbedClient(language: string, sentiment: SentimentReply | Error) {
  const client = new ComprehendClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  const send = vi.spyOn(client, 'send').mockImplementation(async (command: unknown) => {
    if (command instanceof DetectDominantLanguageCommand) return { Languages: [{ LanguageCode: language, Score: 0.99 }] };
    if (command instanceof DetectSentimentCommand) {
      if (sentiment instanceof Error) throw sentiment;
      return sentiment;
    }
    throw new Error('unexpected command');
  });
  return { client, send };
}

describe('Amazon Comprehend adapter', () => {
  it('takes language and sentiment from Comprehend and complaint types, intent and urgency from the rules', async () => {
    const { client, send } = stubbedClient('zh', { Sentiment: 'NEGATIVE', SentimentScore: { Positive: 0.02, Negative: 0.95, Neutral: 0.02, Mixed: 0.01 } });
    const classifier = createComprehendClassifier({ client });
    const result = await classifier.classify({ text: '外卖送了两个小时，饭菜全凉了，我要打12315投诉' });
    expect(classifier.name).toBe('comprehend');
    expect(result).toMatchObject({ language: 'zh', script: 'simplified', sentiment: { label: 'negative', score: -0.93 }, intent: 'complaint', urgent: true });
    expect(result.complaintTypes.map((t) => t.type)).toContain('delivery');
    expect(result.explanations[0]).toContain('Amazon Comprehend');
    const sentimentCall = send.mock.calls.map(([command]) => command).find((command) => command instanceof DetectSentimentCommand);
    expect((sentimentCall as DetectSentimentCommand).input).toMatchObject({ LanguageCode: 'zh', Text: expect.stringContaining('外卖') });
  });

  it('reports zh-TW as traditional Chinese', async () => {
    const { client } = stubbedClient('zh-TW', { Sentiment: 'POSITIVE', SentimentScore: { Positive: 0.9, Negative: 0.05, Neutral: 0.05, Mixed: 0 } });
    const result = await createComprehendClassifier({ client }).classify({ text: '服務很好，餐點好吃' });
    expect(result).toMatchObject({ language: 'zh', script: 'traditional', sentiment: { label: 'positive' }, intent: 'praise', complaintTypes: [] });
  });

  it('falls back to the local classifier when Comprehend fails or cannot score the language', async () => {
    const failing = stubbedClient('en', Object.assign(new Error('rate exceeded'), { name: 'ThrottlingException' }));
    const failed = await createComprehendClassifier({ client: failing.client }).classify({ text: 'The driver was rude and the food was cold' });
    expect(failed.sentiment.label).toBe('negative');
    expect(failed.explanations[0]).toContain('ThrottlingException');

    const unsupported = stubbedClient('sw', { Sentiment: 'NEUTRAL' });
    const result = await createComprehendClassifier({ client: unsupported.client }).classify({ text: 'Chakula kilichelewa sana' });
    expect(result.explanations[0]).toContain('"sw"');
    expect(unsupported.send).toHaveBeenCalledTimes(1);
  });

  it('truncates text to the 5,000-byte limit without splitting a character', async () => {
    const { client, send } = stubbedClient('zh', { Sentiment: 'NEUTRAL', SentimentScore: { Positive: 0.1, Negative: 0.1, Neutral: 0.8, Mixed: 0 } });
    await createComprehendClassifier({ client }).classify({ text: '慢'.repeat(3000) });
    const sent = (send.mock.calls[0]![0] as DetectDominantLanguageCommand).input.Text!;
    expect(Buffer.byteLength(sent, 'utf8')).toBeLessThanOrEqual(5000);
    expect(sent).toBe('慢'.repeat(1666));
  });

  it('maps MIXED verdicts by the balance of positive and negative', () => {
    expect(toSentiment('MIXED', { Positive: 0.5, Negative: 0.2, Neutral: 0.1, Mixed: 0.2 }).label).toBe('positive');
    expect(toSentiment('MIXED', { Positive: 0.3, Negative: 0.35, Neutral: 0.1, Mixed: 0.25 }).label).toBe('neutral');
    expect(toSentiment('NEUTRAL', undefined)).toEqual({ label: 'neutral', score: 0 });
  });
});
