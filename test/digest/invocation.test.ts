import { describe, expect, it } from 'vitest';
import { InvalidDigestInvocationError, parseDigestInvocation } from '../../shared/digest/invocation.ts';

describe('parseDigestInvocation', () => {
  it('takes the scheduler\'s payload, optional fields only when given, unknown fields dropped', () => {
    expect(parseDigestInvocation({ period: 'daily' })).toEqual({ period: 'daily' });
    expect(parseDigestInvocation({ period: 'weekly', recipients: ['ceo@example.com'], date: '2024-02-29', force: true, extra: 1 })).toEqual({
      period: 'weekly',
      recipients: ['ceo@example.com'],
      date: '2024-02-29',
      force: true,
    });
  });

  it.each([
    ['not an object', 'daily'],
    ['null', null],
    ['an unknown period', { period: 'monthly' }],
    ['no recipients', { period: 'daily', recipients: [] }],
    ['a recipient that is no address', { period: 'daily', recipients: ['ceo@example.com', 'ceo'] }],
    ['a recipient that is not a string', { period: 'daily', recipients: [42] }],
    ['a day that does not exist', { period: 'daily', date: '2023-02-29' }],
    ['a day in another format', { period: 'daily', date: '29.02.2024' }],
    ['a day whose window leaves the four-digit years', { period: 'weekly', date: '9999-12-31' }],
    ['force that is not a boolean', { period: 'daily', force: 'yes' }],
  ])('refuses %s', (_, input) => {
    expect(() => parseDigestInvocation(input)).toThrow(InvalidDigestInvocationError);
  });
});
