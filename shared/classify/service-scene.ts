/**
 * Whether a Chinese message is about a stay, a meal out or a meal delivered: the words that name
 * such a place or its staff. The complaint-type model reads it as a feature of its own, because
 * its generic fault n-grams (太, 不好, 差) learned product_quality from the shopping reviews, where
 * a fault is nearly always the goods; in a hotel or a restaurant the fault is as often the
 * premises, the staff or the delivery ("房间很干净，但是隔音太差，整晚都睡不好"), and the model
 * can only weigh that when it knows which kind of text it reads. Read on the whole message, praise
 * included: "房间很干净" says where the customer is.
 */
const SCENE_WORDS = [
  // A stay: the place and what only a stay has.
  '酒店', '宾馆', '旅馆', '客栈', '民宿', '客房', '房间', '前台', '入住', '退房',
  // A meal out: the place and its staff.
  '餐厅', '饭店', '餐馆', '服务员', '上菜', '点菜',
  // A meal delivered.
  '外卖', '骑手', '送餐', '配送员', '外送',
];

const SCENE = new RegExp(SCENE_WORDS.join('|'));

/** 1 when the (simplified) text names a hotel, a restaurant or a meal delivery, else 0. */
export function serviceScene(text: string): number {
  return SCENE.test(text) ? 1 : 0;
}
