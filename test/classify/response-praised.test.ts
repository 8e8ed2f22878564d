import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe("the business's quick handling praised (办入住退房都挺麻利的, 周二上午就修好了)", () => {
  it('is no responsiveness complaint', () => {
    expect(types('国贸附近出差常住，房间中规中矩，床够大，网速快，开视频会议不卡。早餐一般。前台办入住退房都挺麻利的，发票当场就给开了，省心')).not.toContain('responsiveness');
    expect(types('停电了打电话报修，半个小时师傅就到了，原来是楼道里的空开跳了，几分钟就弄好，师傅人也很客气')).not.toContain('responsiveness');
    expect(types('物业办事效率很高，周一报修马桶漏水，周二上午就修好了')).not.toContain('responsiveness');
  });

  it('stays one when a wait is told beside the praise', () => {
    expect(types('报修等了一个多小时才有人来，不过师傅修得很快')).toContain('responsiveness');
    expect(types('商家接单晚了二十分钟，出餐倒是挺快的')).toContain('responsiveness');
  });
});
