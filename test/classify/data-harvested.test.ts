import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForDataHarvested } from '../../shared/classify/data-harvested.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForDataHarvested([], text, ['privacy_security']).map((t) => t.type);

// The guide: personal-data misuse is privacy_security; an app taking the customer's data unasked is.
describe("an app reading or taking the customer's data", () => {
  it('is privacy_security', () => {
    expect(types('安装的时候默认勾选了一堆授权，还偷偷读取我的相册')).toContain('privacy_security');
    expect(ruleTypes('APP要求获取通讯录权限，不给就不能用')).toEqual(['privacy_security']);
    expect(ruleTypes('这个app太耗电了，后台偷偷运行，还一直定位')).toEqual(['privacy_security']);
  });

  it('is none by this rule for a phone that can read texts, photos the customer uploads, or a denial', () => {
    expect(ruleTypes('外屏还可以直接读取短信，很方便')).toEqual([]);
    expect(ruleTypes('客服让我上传照片，上传了又让我上传视频')).toEqual([]);
    expect(ruleTypes('这个app不会偷偷读取相册，放心')).toEqual([]);
    expect(ruleTypes('骑手一直定位不准，找不到路')).toEqual([]);
  });
});
