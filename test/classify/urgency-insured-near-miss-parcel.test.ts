import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// Three readings of the guide's triggers in the service trades: an illness, an injury or a theft that is the
// insured event of a claim was not done to the customer by the business; 报案 to an insurer opens a claim, it is no
// police case; a theft or a scam that nearly happened did not; a parcel lost on its way is the delivery's loss.
describe('urgency in insurance claims, near misses and parcels lost in transit', () => {
  it('is not urgent', () => {
    for (const text of [
      '车出了小事故，打保险电话，十分钟就有人联系我，全程指导怎么拍照怎么报案，很放心',
      '报案电话打了三次才接通，定损员说两个小时到，等了四个小时，我一直在路边等着',
      '医疗险宣传的是住院费用100%报销，出院后才知道社保外的进口药不报，门诊检查也不报',
      '意外险宣传摔伤骨折都能赔，我女儿骑车摔骨折了，申请理赔说骑电动车不在保障范围，条款里用小字写着',
      'My flat was burgled and the insurer settled the claim in a week, thank you.',
      '在飞猪买完机票第二天就收到短信说航班取消要退款，点链接填了银行卡号，差点被骗走两万',
      '东西丢了联系客服，两天就给赔了，按申报价值全赔，处理挺利索',
      '快递寄丢了，东西不见了，物流一直显示运输中',
    ]) expect(urgent(text), text).toBe(false);
  });

  it('stays urgent where the business did the harm, the customer goes to a regulator, or the theft happened', () => {
    for (const text of [
      '住院花了三万多，保险公司只赔了八千，说很多药不在目录里，我要去银保监会投诉',
      '手机被偷了，报案了，酒店监控也不给看',
      '放在房间里的现金不见了，前台说不关他们的事，已经报警',
      '外卖吃完全家拉肚子，住院了两天',
      '被骗走两万，客服说不归他们管',
    ]) expect(urgent(text), text).toBe(true);
  });
});
