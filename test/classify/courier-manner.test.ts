import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { typesForCourierManner } from '../../shared/classify/courier-manner.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['service_attitude', 'delivery'];
const MANNER: ComplaintTypeScore[] = [{ type: 'service_attitude', confidence: 0.9, phrases: ['态度'], problem: true }];

describe("the courier's manner faulted (送餐小哥态度恶劣)", () => {
  it('is delivery as well as service_attitude', () => {
    expect(types('送餐小哥态度恶劣').sort()).toEqual(['delivery', 'service_attitude']);
    expect(types('外卖小哥态度不好，还骂人')).toContain('delivery');
  });

  it("is delivery as well for Taiwan's courier, the 外送員 or 外送的, written in traditional characters", () => {
    expect(types('外送小哥講話很兇 還掛我電話').sort()).toEqual(['delivery', 'service_attitude']);
    expect(types('那個外送的脾氣好大 問一句就罵人').sort()).toEqual(['delivery', 'service_attitude']);
    expect(types('外送員態度很差 晚了四十分鐘還一副不耐煩的樣子').sort()).toEqual(['delivery', 'service_attitude']);
    expect(types('外送員態度很好 一直道歉')).toEqual([]);
  });

  it("is none by this rule for a waiter, the merchant's staff, a hotel's room service or a courier praised", () => {
    const added = (text: string) => typesForCourierManner(MANNER, text, DEFAULT_TYPES).map((t) => t.type);
    expect(added('点菜的小哥一脸不耐烦，问一句就说菜单上写着呢')).toEqual(['service_attitude']);
    expect(added('商家说是骑手弄丢的，态度很差')).toEqual(['service_attitude']);
    expect(added('客房服务叫了夜宵，送餐员把餐盘一扔，态度很差')).toEqual(['service_attitude']);
    expect(added('骑手态度很好，一直道歉')).toEqual(['service_attitude']);
  });

  it('is delivery as well for 小哥 bare opening a clause, as takeaway customers name the courier', () => {
    for (const text of ['小哥态度差 打电话还挂我电话', '饭还行，小哥脾气太大了']) expect(typesForCourierManner(MANNER, text, DEFAULT_TYPES).map((t) => t.type), text).toContain('delivery');
  });

  it('is none by this rule for 小哥 named as another (前台小哥) or with a room or a table named', () => {
    for (const text of ['前台小哥态度很差', '房间还行 小哥态度很差', '店里人多 小哥态度不耐烦', '店里的小哥态度差']) expect(typesForCourierManner(MANNER, text, DEFAULT_TYPES), text).toEqual(MANNER);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForCourierManner(MANNER, '骑手态度很差', ['service_attitude'])).toEqual(MANNER);
  });
});
