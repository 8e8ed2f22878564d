/**
 * A customer's name is weighed like its identities: a claimed one (a web form, unverified mail)
 * never outranks a verified sender's, and names nobody once verified evidence exists.
 */
import { describe, expect, it } from 'vitest';
import { nameAfterMerge, nameAfterMessage, nameFromHistory, nameFromMessages } from '../../shared/identity/display-name.ts';
import type { MergeRecord } from '../../shared/model.ts';

const VERIFIED = ['email:li.hua@example.com'];

describe('the name a profile shows', () => {
  it.each([
    ['a verified sender names a nameless customer', {}, { displayName: '李华', senderVerified: true }, { displayName: '李华' }],
    ['a verified sender replaces a claimed name', { displayName: '攻击者', displayNameClaimed: true as const }, { displayName: '李华', senderVerified: true }, { displayName: '李华' }],
    ['a nameless verified sender removes a claimed name', { displayName: '攻击者', displayNameClaimed: true as const }, { senderVerified: true }, {}],
    ['a verified name stays against a later verified one', { displayName: '李华' }, { displayName: '华仔', senderVerified: true }, undefined],
    ['a claim never replaces a verified name', { displayName: '李华' }, { displayName: '攻击者', senderVerified: false }, undefined],
    ['a claim names a customer with no verified evidence, as a claim', {}, { displayName: '王芳', senderVerified: false }, { displayName: '王芳', displayNameClaimed: true }],
    ['a claim never names a customer that holds a verified identity', { verifiedIdentities: VERIFIED }, { displayName: '攻击者', senderVerified: false }, undefined],
    ['a claim never replaces an earlier claim', { displayName: '王芳', displayNameClaimed: true as const }, { displayName: '攻击者', senderVerified: false }, undefined],
    ['items written before senders were recorded count as verified', {}, { displayName: '李华' }, { displayName: '李华' }],
  ])('%s', (_, current, message, expected) => {
    expect(nameAfterMessage(current, message)).toEqual(expected);
  });

  it('a merge keeps a verified name, the survivor first; a claimed one only while neither side is verified', () => {
    const claimed = { displayName: '攻击者', displayNameClaimed: true as const };
    expect(nameAfterMerge(claimed, { displayName: '李华', verifiedIdentities: VERIFIED })).toEqual({ displayName: '李华' });
    expect(nameAfterMerge({ displayName: '周敏' }, { displayName: '李华' })).toEqual({ displayName: '周敏' });
    expect(nameAfterMerge(claimed, { verifiedIdentities: VERIFIED })).toEqual({});
    expect(nameAfterMerge({}, claimed)).toEqual(claimed);
  });

  it('derived again from messages, it is what the commits made of them one by one', () => {
    const messages = [
      { displayName: '攻击者', senderVerified: false, processedAt: '2026-03-01T01:00:00.000Z' },
      { senderVerified: true, processedAt: '2026-03-01T02:00:00.000Z' },
      { displayName: '李华', senderVerified: true, processedAt: '2026-03-01T03:00:00.000Z' },
    ];
    expect(nameFromMessages(messages.slice(0, 1), [])).toEqual({ displayName: '攻击者', displayNameClaimed: true });
    expect(nameFromMessages(messages.slice(0, 2), VERIFIED)).toEqual({});
    expect(nameFromMessages([...messages].reverse(), VERIFIED)).toEqual({ displayName: '李华' });
  });

  it('derived again after an undo, it keeps what a merge that stands gave it, as the merge made it', () => {
    const items = [
      { originalCustomerId: 'cus_x', displayName: '李华', senderVerified: true, processedAt: '2026-03-01T00:00:00.000Z' },
      { originalCustomerId: 'cus_s', displayName: '王芳', senderVerified: false, processedAt: '2026-03-01T01:00:00.000Z' },
    ];
    const standing = { survivorId: 'cus_s', absorbedId: 'cus_x', mergedAt: '2026-03-01T02:00:00.000Z', absorbedVerifiedIdentities: VERIFIED } as MergeRecord;
    // As the commits and the merge made it: the claim named cus_s, the merge brought a verified name.
    const incremental = nameAfterMerge(nameAfterMessage({}, items[1]!)!, { ...nameAfterMessage({}, items[0]!)!, verifiedIdentities: VERIFIED });
    expect(incremental).toEqual({ displayName: '李华' });
    expect(nameFromHistory('cus_s', items, [standing], VERIFIED)).toEqual(incremental);
    expect(nameFromHistory('cus_s', items, [{ ...standing, undoneAt: '2026-03-02T00:00:00.000Z' }], [])).toEqual({ displayName: '王芳', displayNameClaimed: true });
  });
});
