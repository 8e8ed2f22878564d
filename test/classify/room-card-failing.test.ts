import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomCardFailing } from '../../shared/classify/room-card-failing.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: old/broken facilities are environment; the food, the bed and the linen are a stay's product_quality.
describe('the room card or its lock failing', () => {
  it('is environment, not goods', () => {
    expect(types('房卡老是消磁 来回跑了三次前台')).toEqual(['environment']);
    expect(types('房卡失灵了两次')).toEqual(['environment']);
  });

  it('is none by this rule when the booking shut the card out, or for an app’s card', () => {
    expect(typesForRoomCardFailing([], '第二晚回来房卡刷不开，前台说系统里只有一晚', ['environment'])).toEqual([]);
    expect(typesForRoomCardFailing([], 'APP里的电子房卡一直开不了门', ['environment'])).toEqual([]);
  });
});
