/**
 * Merge and undo through the processor on every store: once a merge is undone, both customers
 * read exactly as they would had the merge never happened (a twin store that never merged them
 * is the reference), whatever either side sent, and whatever was done to their items, meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../../shared/event.ts';
import { mergeCustomers, undoMerge } from '../../../shared/identity/merges.ts';
import { customerIdFor } from '../../../shared/identity/resolve.ts';
import type { Customer } from '../../../shared/model.ts';
import type { Store } from '../../../shared/ports.ts';
import { createEventProcessor } from '../../../shared/timeline/process-event.ts';
import { changeFeedbackStatus } from '../../../shared/timeline/status.ts';
import { laggingIndex } from '../../support/lagging-store.ts';

const TIME_ZONE = 'Asia/Shanghai';
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
const SURVIVOR_EMAIL = 'email:zhou.min@example.com';
const ABSORBED_PHONE = 'phone:+8613500135111';
const CLAIMED_EMAIL = 'email:li.na@example.com';

let classifier: ReturnType<typeof createLocalClassifier> | undefined;

function message(id: string, identity: string, receivedAt: string, text: string, displayName?: string): FeedbackEvent {
  const sms = identity.startsWith('phone:');
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('merge-undo-contract', id),
    channel: sms ? 'sms' : 'email',
    source: sms ? 'twilio' : 'email',
    kind: 'message',
    receivedAt,
    identities: [identity],
    verifiedIdentities: [identity],
    text,
    ...(displayName ? { displayName } : {}),
    metadata: {},
  };
}

/**
 * The story, told to one store: each side writes once, a person merges them (or not), each side
 * writes again while merged (negative messages: the absorbed side's put it at risk), a support
 * person resolves the absorbed side's first complaint, then the merge is undone.
 */
async function tell(store: Store, merge: boolean, beforeUndo = () => {}) {
  let now = new Date('2026-03-01T02:00:00.000Z');
  const clock = { now: () => now };
  const at = (instant: string) => (now = new Date(instant));
  classifier ??= createLocalClassifier();
  const process = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  const cases = { store, clock, timeZone: TIME_ZONE };

  at('2026-03-01T02:00:00.000Z');
  await process(message('s1', SURVIVOR_EMAIL, '2026-03-01T02:00:00.000Z', '谢谢，客服态度很好，问题很快解决了，非常满意'));
  at('2026-03-01T02:10:00.000Z');
  const complaint = message('a1', ABSORBED_PHONE, '2026-03-01T02:10:00.000Z', '快递三天还没到，客服也不回复，太失望了');
  await process(complaint);
  const survivorId = (await store.getIdentityOwner(SURVIVOR_EMAIL))!;
  const absorbedId = (await store.getIdentityOwner(ABSORBED_PHONE))!;
  // A merge that stands, in both tellings: its customer's negative counts on the survivor's week, one person's.
  at('2026-03-01T02:20:00.000Z');
  const packaging = message('c1', 'email:chen.jie@example.com', '2026-03-01T02:20:00.000Z', '包装破了，东西也少了，很不满意');
  await process(packaging);
  at('2026-03-01T02:30:00.000Z');
  const standing = await mergeCustomers(store, { survivorId, absorbedId: (await store.getIdentityOwner('email:chen.jie@example.com'))!, mergedAt: now.toISOString(), by: 'key_1', reason: 'same person' });
  expect(standing.status).toBe('merged');
  at('2026-03-01T02:40:00.000Z');
  expect((await changeFeedbackStatus(cases, packaging.feedbackId, { status: 'resolved' }, 'agent')).status).toBe('changed');

  let mergeId: string | undefined;
  if (merge) {
    at('2026-03-01T03:00:00.000Z');
    mergeId = await personMerges(store, survivorId, absorbedId, now);
  }
  at('2026-03-01T04:00:00.000Z');
  expect((await changeFeedbackStatus(cases, complaint.feedbackId, { status: 'resolved' }, 'agent')).status).toBe('changed');
  at('2026-03-02T02:00:00.000Z');
  // The first message to name its sender: the customer it is written to takes the name.
  await process(message('a2', ABSORBED_PHONE, '2026-03-02T02:00:00.000Z', '东西坏了，要换货，质量太差了', '周敏'));
  at('2026-03-03T02:00:00.000Z');
  const refund = message('s2', SURVIVOR_EMAIL, '2026-03-03T02:00:00.000Z', '退款一直没到账，打了三次电话都没人管，很生气');
  await process(refund);
  // While merged, the absorbed side's next complaint reads the survivor's open refund complaint
  // beside its own open one: two unresolved, so it is urgent as a repeated complaint. Unmerged it
  // has one open complaint before it, and is not.
  at('2026-03-03T03:00:00.000Z');
  const wrongItem = message('a3', ABSORBED_PHONE, '2026-03-03T03:00:00.000Z', '换货又寄错了，太差劲了');
  await process(wrongItem);
  const urgentWhenWritten = (await store.getFeedback(wrongItem.feedbackId))!.classification.urgent;
  at('2026-03-03T03:30:00.000Z');
  expect((await changeFeedbackStatus(cases, refund.feedbackId, { status: 'resolved' }, 'agent')).status).toBe('changed');
  if (mergeId) {
    at('2026-03-04T02:00:00.000Z');
    beforeUndo();
    expect((await undoMerge(store, { mergeId, at: now.toISOString(), by: 'key_2' })).status).toBe('undone');
  }
  return { survivorId, absorbedId, urgentWhenWritten };
}


/** A person merges two customers through the API's use case; the merge must happen. */
async function personMerges(store: Store, survivorId: string, absorbedId: string, at: Date): Promise<string> {
  const outcome = await mergeCustomers(store, { survivorId, absorbedId, mergedAt: at.toISOString(), by: 'key_1', reason: 'same person' });
  if (outcome.status !== 'merged') throw new Error(`merge: ${outcome.status}`);
  return outcome.mergeId;
}

/**
 * One side known only by a claim (a web form naming its email), the other by a verified phone;
 * a person merges them (or not); then the claim-only side's own verified mail comes in, and the
 * merge is undone. `claimSide` says which of the two the claim-only customer is.
 */
async function tellClaimed(store: Store, merge: boolean, claimSide: 'survivor' | 'absorbed') {
  let now = new Date('2026-03-01T02:00:00.000Z');
  const clock = { now: () => now };
  const at = (instant: string) => (now = new Date(instant));
  classifier ??= createLocalClassifier();
  const process = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  // The form's name is only a claim: anyone could have typed it with this address.
  const form: FeedbackEvent = { ...message('f1', CLAIMED_EMAIL, '', '请问怎么开发票', '冒名'), channel: 'web', source: 'form', verifiedIdentities: [] };
  const sms = (id: string) => message(id, ABSORBED_PHONE, now.toISOString(), '请问几点营业');
  // The older customer survives a merge the processor makes; a person's merge names its survivor.
  at('2026-03-01T02:00:00.000Z');
  await process(claimSide === 'survivor' ? { ...form, receivedAt: now.toISOString() } : sms('p1'));
  at('2026-03-01T02:10:00.000Z');
  await process(claimSide === 'survivor' ? sms('p1') : { ...form, receivedAt: now.toISOString() });
  const claimOnly = (await store.getIdentityOwner(CLAIMED_EMAIL))!;
  const phoneOwner = (await store.getIdentityOwner(ABSORBED_PHONE))!;
  const [survivorId, absorbedId] = claimSide === 'survivor' ? [claimOnly, phoneOwner] : [phoneOwner, claimOnly];
  let mergeId: string | undefined;
  if (merge) {
    at('2026-03-01T03:00:00.000Z');
    mergeId = await personMerges(store, survivorId, absorbedId, now);
    // Merged with a verified customer, the claimed name names nobody.
    expect((await store.getCustomer(survivorId))?.displayName).toBeUndefined();
  }
  // The claim-only side's own mail, its sender verified: unmerged it proves that customer's claim.
  at('2026-03-02T02:00:00.000Z');
  await process(message('m1', CLAIMED_EMAIL, now.toISOString(), '请问发票开好了吗', '李娜'));
  at('2026-03-02T03:00:00.000Z');
  await process(message('m2', CLAIMED_EMAIL, now.toISOString(), '谢谢，发票收到了'));
  if (mergeId) {
    at('2026-03-04T02:00:00.000Z');
    expect((await undoMerge(store, { mergeId, at: now.toISOString(), by: 'key_2' })).status).toBe('undone');
  }
  return { survivorId, absorbedId };
}

/** Everything a customer's data derives, as the store keeps it (counters left at 0 by subtraction are no counters). */
async function reading(store: Store, customerId: string) {
  const { separatedFrom: _, verifiedIdentities, counts, ...profile } = (await store.getCustomer(customerId)) as Customer;
  const timeline = (await store.listTimeline(customerId, { limit: 100 })).items;
  return {
    profile: { ...profile, identities: [...profile.identities].sort(), verifiedIdentities: [...(verifiedIdentities ?? [])].sort(), counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0)) },
    timeline,
  };
}

export function mergeUndoContract(name: string, makeStore: () => Promise<Store>) {
  describe(`merge and undo through the processor: ${name}`, () => {
    it("gives an openid nobody held, brought in while merged by a row naming the absorbed side's phone, back with that row", async () => {
      const store = await makeStore();
      classifier ??= createLocalClassifier();
      let now = new Date('2026-03-01T02:00:00.000Z');
      const process = createEventProcessor({ store, classifier, clock: { now: () => now }, timeZone: TIME_ZONE });
      const openid = 'wechat:oNewcomer01';
      await process(message('n-s', SURVIVOR_EMAIL, '2026-03-01T02:00:00.000Z', '谢谢'));
      now = new Date('2026-03-01T03:00:00.000Z');
      await process(message('n-a', ABSORBED_PHONE, '2026-03-01T03:00:00.000Z', '请问什么时候发货'));
      const [survivorId, absorbedId] = [(await store.getIdentityOwner(SURVIVOR_EMAIL))!, (await store.getIdentityOwner(ABSORBED_PHONE))!];
      now = new Date('2026-03-01T04:00:00.000Z');
      const merged = await mergeCustomers(store, { survivorId, absorbedId, mergedAt: now.toISOString(), by: 'agent', reason: 'one person' });
      if (merged.status !== 'merged') throw new Error(merged.status);
      expect((await store.getMerge(merged.mergeId))!.survivorIdentities).toEqual([SURVIVOR_EMAIL]);
      now = new Date('2026-03-01T05:00:00.000Z');
      const row = { ...message('n-row', ABSORBED_PHONE, now.toISOString(), '东西坏了，要换货'), identities: [ABSORBED_PHONE, openid], verifiedIdentities: [ABSORBED_PHONE, openid] };
      await process(row);
      expect(await store.getIdentityOwner(openid)).toBe(survivorId);
      now = new Date('2026-03-01T06:00:00.000Z');
      const undone = await undoMerge(store, { mergeId: merged.mergeId, at: now.toISOString(), by: 'agent' });
      expect(undone.status).toBe('undone');
      expect((await store.getMerge(merged.mergeId))!.broughtBack).toEqual([openid]);
      expect(await store.getIdentityOwner(openid)).toBe(absorbedId);
      expect(await store.isClaimedVerified(openid, absorbedId)).toBe(true);
      const [survivor, absorbed] = [(await store.getCustomer(survivorId))!, (await store.getCustomer(absorbedId))!];
      expect([survivor.identities, survivor.verifiedIdentities ?? []]).toEqual([[SURVIVOR_EMAIL], [SURVIVOR_EMAIL]]);
      expect([[...absorbed.identities].sort(), [...(absorbed.verifiedIdentities ?? [])].sort()]).toEqual([[openid, ABSORBED_PHONE].sort(), [openid, ABSORBED_PHONE].sort()]);
      expect((await store.getFeedback(row.feedbackId))!.customerId).toBe(absorbedId);
    });

    it('keeps whether each identity is held verified when a merge points it at the survivor, and when the undo points it back', async () => {
      const store = await makeStore();
      classifier ??= createLocalClassifier();
      const clock = { now: () => new Date('2026-03-01T03:00:00.000Z') };
      const process = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
      await process(message('v1', SURVIVOR_EMAIL, '2026-03-01T02:00:00.000Z', '谢谢，问题很快解决了'));
      await process(message('v2', ABSORBED_PHONE, '2026-03-01T02:10:00.000Z', '快递三天还没到'));
      const [survivorId, absorbedId] = [(await store.getIdentityOwner(SURVIVOR_EMAIL))!, (await store.getIdentityOwner(ABSORBED_PHONE))!];
      expect(await store.isClaimedVerified(ABSORBED_PHONE, absorbedId)).toBe(true);
      const mergeId = await personMerges(store, survivorId, absorbedId, clock.now());
      expect([await store.getIdentityOwner(ABSORBED_PHONE), await store.isClaimedVerified(ABSORBED_PHONE, survivorId)]).toEqual([survivorId, true]);
      expect((await undoMerge(store, { mergeId, at: '2026-03-01T04:00:00.000Z', by: 'key_2' })).status).toBe('undone');
      expect([await store.getIdentityOwner(ABSORBED_PHONE), await store.isClaimedVerified(ABSORBED_PHONE, absorbedId)]).toEqual([absorbedId, true]);
    });

    it('undone, both customers read as if never merged: counts, open complaints, negative days, at-risk flags and entries, last seen, display name, timelines, day counters', async () => {
      const [merged, twin] = [await makeStore(), await makeStore()];
      const { survivorId, absorbedId, urgentWhenWritten } = await tell(merged, true);
      expect(await tell(twin, false)).toEqual({ survivorId, absorbedId, urgentWhenWritten: false });
      // The merged history made it urgent; the undo judges it again on its own customer's history.
      expect(urgentWhenWritten).toBe(true);

      for (const customerId of [survivorId, absorbedId]) {
        expect(await reading(merged, customerId), customerId === survivorId ? 'survivor' : 'absorbed').toEqual(await reading(twin, customerId));
      }
      const byCustomer = (entries: Awaited<ReturnType<Store['listAtRisk']>>) => [...entries].sort((a, b) => a.day.localeCompare(b.day) || a.customerId.localeCompare(b.customerId));
      const flagged = byCustomer(await twin.listAtRisk(DAYS, 10));
      // The reference flags the absorbed side (two negatives in a week) and the survivor: the customer
      // merged into it stands, so its packaging complaint after the survivor's praise is the survivor's
      // negative after a positive, and the refund complaint its second negative of the week.
      expect(flagged.map((e) => [e.day, e.customerId === survivorId ? 'survivor' : 'absorbed', e.reason])).toEqual([
        ['2026-03-01', 'survivor', 'negative_after_positive'],
        ['2026-03-02', 'absorbed', 'repeated_negative'],
        ['2026-03-03', 'absorbed', 'repeated_negative'],
        ['2026-03-03', 'survivor', 'repeated_negative'],
      ]);
      expect(byCustomer(await merged.listAtRisk(DAYS, 10))).toEqual(flagged);
      // A counter taken back to 0 (a revised urgency) reads as one never counted: the store answers it so.
      expect(await merged.getDailyCounters(DAYS)).toEqual(await twin.getDailyCounters(DAYS));
      const received = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-05T00:00:00.000Z' };
      expect(await merged.listUrgent('open', received, 10)).toEqual(await twin.listUrgent('open', received, 10));
      const queue = async (store: Store) => (await store.listWorkQueue({ filter: {}, limit: 20 })).items.map((item) => [item.feedbackId, item.classification.urgent]);
      expect(await queue(merged)).toEqual(await queue(twin));
    });

    it("undone over a timeline index that has not caught up on the undo's own moves, both customers still read as if never merged: what is judged again is read consistently", async () => {
      const [index, twin] = [laggingIndex(await makeStore()), await makeStore()];
      // The index shows none of the items the undo moves back until after it has finished.
      const { survivorId, absorbedId } = await tell(index.store, true, () => index.lag());
      index.catchUp();
      await tell(twin, false);
      for (const customerId of [survivorId, absorbedId]) {
        expect(await reading(index.store, customerId), customerId === survivorId ? 'survivor' : 'absorbed').toEqual(await reading(twin, customerId));
      }
      const received = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-05T00:00:00.000Z' };
      expect(await index.store.listUrgent('open', received, 10)).toEqual(await twin.listUrgent('open', received, 10));
      const byCustomer = (entries: Awaited<ReturnType<Store['listAtRisk']>>) => [...entries].sort((a, b) => a.day.localeCompare(b.day) || a.customerId.localeCompare(b.customerId));
      expect(byCustomer(await index.store.listAtRisk(DAYS, 10))).toEqual(byCustomer(await twin.listAtRisk(DAYS, 10)));
    });

    it('a message the absorbed side sends while the undo judges it again counts, though the index shows it only after a moment', async () => {
      const [store, twin] = [await makeStore(), await makeStore()];
      const index = laggingIndex(store);
      const undoneAt = new Date('2026-03-04T02:00:00.000Z');
      const during = message('a4', ABSORBED_PHONE, undoneAt.toISOString(), '换货还是没到，太失望了');
      const processAtUndo = (store: Store) => createEventProcessor({ store, classifier: classifier!, clock: { now: () => undoneAt }, timeZone: TIME_ZONE })(during);
      // The customer the absorbed side's first message made.
      const absorbedId = customerIdFor(deriveFeedbackId('merge-undo-contract', 'a1'));
      const { reviseDerived } = index.store;
      let undoing = false;
      index.store.reviseDerived = async (customerId, days, derive) => {
        // Committed just as the undo (not the merge) derives the absorbed side again; the index shows it a moment later.
        if (undoing && customerId === absorbedId && !(await index.store.getFeedback(during.feedbackId))) {
          // Its own history read (the processor's) sees the moves: only its commit is not indexed yet.
          await processAtUndo(Object.assign(Object.create(index.store) as Store, { listTimeline: store.listTimeline.bind(store) }));
          setTimeout(() => index.catchUp(), 150);
        }
        return reviseDerived.call(index.store, customerId, days, derive);
      };
      const { survivorId } = await tell(index.store, true, () => {
        undoing = true;
        index.lag();
      });
      index.catchUp();
      expect((await tell(twin, false)).absorbedId).toBe(absorbedId);
      await processAtUndo(twin);
      expect((await index.store.getFeedback(during.feedbackId))?.customerId).toBe(absorbedId);
      for (const customerId of [survivorId, absorbedId]) {
        expect(await reading(index.store, customerId), customerId === survivorId ? 'survivor' : 'absorbed').toEqual(await reading(twin, customerId));
      }
    });

    it.each(['survivor', 'absorbed'] as const)("a claim-only customer merged by a person (the %s) is still proven by its own verified mail: the mail joins the merged customer, and once undone goes back with the identity, verified, as if never merged", async (claimSide) => {
      const [merged, twin] = [await makeStore(), await makeStore()];
      const { survivorId, absorbedId } = await tellClaimed(merged, true, claimSide);
      expect(await tellClaimed(twin, false, claimSide)).toEqual({ survivorId, absorbedId });
      const claimOnly = claimSide === 'survivor' ? survivorId : absorbedId;
      expect(await twin.getIdentityOwner(CLAIMED_EMAIL)).toBe(claimOnly);
      expect(await merged.getIdentityOwner(CLAIMED_EMAIL)).toBe(claimOnly);
      // The verified sender's name, not the one the form claimed first.
      expect((await twin.getCustomer(claimOnly))?.displayName).toBe('李娜');
      for (const customerId of [survivorId, absorbedId]) {
        expect(await reading(merged, customerId), customerId === survivorId ? 'survivor' : 'absorbed').toEqual(await reading(twin, customerId));
      }
    });
  });
}
