import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

// Found on the session-31 writers' hotel and food reviews (read for their urgent items): each line is [why, text, urgent].
const CASES: [string, string, boolean][] = [
  ["a relative's illness that made them cancel", 'I booked a non-refundable rate and then my mother was admitted to hospital two days before the trip. I offered to send the hospital letter and asked for a refund. They refused.', false],
  ["a relative's illness that made them leave", 'My dad got sick on the second day so we left early, hotel refused a refund for the last night.', false],
  ['illness from the food', 'My husband got sick from the buffet.', true],
  ['an allergy someone has, the reason for a note', 'I wrote NO PEANUTS on the order note because my son has an allergy. The pad thai arrived covered in crushed peanuts. Luckily I checked before he ate any.', false],
  ['who is allergic, no reaction', 'My son is allergic. Note ignored, peanuts everywhere. Thankfully he did not eat any.', false],
  ['the bare noun in brackets, no reaction', 'Asked for no onion (allergy, clearly written in the notes). Burger came loaded with onion. Luckily I checked before biting.', false],
  ['who is allergic, then the reaction', 'My son is allergic and had a reaction within minutes, hives everywhere.', true],
  ['an allergy the meal caused', 'The sauce gave me an allergy, my face swelled', true],
  ['an allergy attack', 'Had an allergy attack after the dessert', true],
  ["the customer's own card, paying", 'I used my credit card to pay and the app charged me twice, terrible.', false],
  ["a card's details used by someone after the stay", 'Somebody used my credit card details after my stay here. The receptionist wrote the number down on a piece of paper. Within a week there were three online purchases in another country. When I called they accused me of losing my card. Be very careful here.', true],
  ['a stranger given the room key', "Staff gave my room key to a stranger who said he was my husband. I'm not married. Found him in my room when I came back.", true],
  ['the room number given to a stranger', 'The receptionist gave my room number to a man who called asking for me. He rang my room all night.', true],
  ['a man letting himself in with a key', 'The night staff member kept knocking on my door after 11pm asking if I "needed anything". On the last night he used a key and opened the door.', true],
  ['housekeeping opening by mistake', 'The do not disturb sign was ignored twice, someone opened the door with a key while I was asleep, said "oh sorry" and closed it again.', false],
  ['a bug in a beer', "Dirty glasses and a fly in my beer. Won't be back", true],
  ['a bug in a tea', 'There was a fly in my tea.', true],
  ['the drinking glass', 'Dirty cups, lipstick on my glass and a long hair in my salad. Food is nothing special either.', false],
  ['a handbag taken', 'Someone took my handbag off the back of my chair while we were eating on the terrace. Wallet, phone, keys, all gone.', true],
  ['animals taking snacks', 'Nice resort in Langkawi, kids loved the beach. So many monkeys around the villa though, they stole our snacks off the balcony haha.', false],
  ['a railing a child could climb', 'The room had a balcony with a waist-high railing you could climb over, on the 9th floor, with my 2 small kids.', true],
  ['which hotel the guest is in, known to telemarketers', '入住第二天就接到好几个推销电话，对方还知道我住在哪个酒店哪天退房，信息怎么泄露出去的？？以后不敢在这家订了', false],
  ['the police dismissed as not worth calling', '房间门缝下面塞了好几张卡片，半夜还有人打电话问要不要服务，都什么年代了还搞这套，报警都嫌麻烦', false],
  ['a phone pinched off the table', '结账的时候我手机放桌上，一转身就被旁边经过的人顺走了，店里监控说坏了看不了', true],
  ['a shard of the wrapping in the dish', '鱼香肉丝里面吃出来一块塑料包装的碎片 联系商家 商家说可能是骑手的问题', true],
  ["a door forced by the hotel's engineers", '我被关在卫生间里二十多分钟，工程部上来撬开门的时候，那个师傅还笑着说这个锁经常这样', false],
  ['a door forced by someone', '回来发现房门被人撬开了 行李箱里的现金没了', true],
  ['a lock forced, told by the desk', '前台说昨晚有人撬锁进了我房间', true],
  ['harassment calls to delete a review', '给了个差评，商家就开始打电话骚扰我，一天打了七八个，非要我删评，不删就一直打', false],
  ['a courier pestering by message, asking if she lives alone', '外卖小哥送完餐一直发微信骚扰我，问我是不是一个人住', true],
  ['a bug supposed, then an onion', 'Had a mini heart attack when I saw something dark in my salad, thought it was a bug. It was a burnt bit of onion lol.', false],
  ['a wallet thought stolen, then found', 'I thought my wallet had been stolen from the room and totally panicked. Staff helped me look, and it had just slipped behind the bed.', false],
  ['a lawyer by trade', 'As a lawyer I travel a lot for hearings and this is now my default hotel in the city.', false],
  ['a lawyer by trade, in Chinese', '我是做律师的 平时应酬多 这家是我招待客户的首选 包间私密 菜品稳定', false],
  ['cash gone from the room, reported to the police for the insurer', "BUT on the last day about 300 USD cash disappeared from my backpack inside the room. The manager said the hotel is 'not responsible' and I had to go to the tourist police to make a report for my insurance.", true],
  ['an upgrade gone from a booking', 'Paid for the upgrade, it disappeared from my booking, and the agent literally rolled her eyes.', false],
  ['glass in the food that cut the mouth', 'Tonight I bit down on something hard in the chicken biryani and it turned out to be a sliver of glass, about 1cm long. It cut the inside of my cheek and bled for a good while.', true],
  ['compensation demanded in full', "Nothing arrived. 15 kids and no food. I want FULL compensation for this, not a 10% voucher.", true],
  ['the local newspaper threatened', "Water came through the ceiling and soaked my laptop. Unless I get a proper answer this week, it's all going on my travel blog and to the local newspaper.", true],
  ['mushrooms not cooked through, after a happy evening', '菌子种类很多，汤很鲜，本来是一次挺愉快的体验，但回到酒店两个小时后，我和朋友都开始头晕、呕吐，半夜打车去了医院，医生说是菌子没煮熟中毒了', true],
  ['a phone stolen elsewhere, the hotel helping', '晚上在外面吃饭手机被偷了，回到酒店整个人都懵了，前台小姐姐陪我去附近派出所报了案，真的太感谢了', false],
  ['a dispute at another shop', '之前在别的店吃饭被坑过 闹到消协才解决 所以这次挑餐厅特别小心 这家明码标价', false],
  // Session 32, found by reading the measuring sets typed without punctuation: 包 of a word is no bump.
  ['the bag full of wrapping', '外卖袋里全是包装纸，找了半天才找到筷子', false],
  ['buns soaked, typed without a break', '豆浆撒了整袋子都是包子泡在豆浆里早饭没了', false],
  ['bitten all over', '住了一晚被咬得满身包', true],
  ['compensation the platform will give', '骑手迟到了四十分钟，但是一到就一直道歉，还说超时平台会赔我，挺好的', false],
  ['compensation promised and not given', '客服答应赔我一张券，到现在都没给', false],
  ['compensation demanded', '必须赔我！', true],
  ['a smell of plastic near the eating, typed without a break', '第一次在酒店吃到这么难吃的早餐煎蛋有股塑料味咖啡是速溶的香肠一咬一口油第二天直接出去吃了', false],
  ['a piece of plastic eaten', '饭里吃出一块塑料', true],
  ["a phone's camera told by its spot, typed without a break", '昨天下单今天收到了没太仔细看等贴完膜发现摄像头那里有黄色的斑点', false],
  ['a hidden camera found', '用手机一照发现摄像头对着床', true],
  ['a fault let go (就算了), then a bug, typed without a break', '吃出一根头发就算了还吃出一只虫子恶心死了', true],
  ['even if (就算) supposes', '就算吃出虫子我也不会投诉的，这家太好吃了', false],
];

it.each(CASES)('%s: %s → urgent %s', (_why, text, urgent) => {
  expect(classifier.classifySync({ text }).urgent).toBe(urgent);
});
