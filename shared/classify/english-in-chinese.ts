import { readAs } from './words-read.ts';

/**
 * English words inside a Chinese message, in the Chinese the lexicons, rules and models know:
 * "房间很dirty" is 房间很脏, "rider超级late" 骑手超级迟到, "taste一般but portion很大" 味道一般但是分量很大.
 * Customers in Shanghai, Shenzhen, Hong Kong, Singapore and Malaysia, and returnees, write their
 * verdicts this way; read as they were, the judgement was in words no Chinese rule reads, and the
 * English model never sees a message that is mostly Chinese. Whole words only (the text is lower
 * case here); a word with two readings (bug: an insect or an app's fault; order: to order or the
 * order) keeps the one most reviews mean, and a word no table holds stays as it was.
 */
const CHINESE_FOR_ENTRIES = [
  // Verdicts.
  "nice=不错,good=好,great=很棒,excellent=很棒,amazing=很棒,awesome=很棒,not bad=不错,so so=一般,so-so=一般,soso=一般,average=一般,ok=还行,okay=还行,bad=差,poor=差,terrible=很差,horrible=很差,awful=很差,worst=最差,disappointing=令人失望,disappointed=失望,disappointment=失望,low=档次低,cheap=便宜,expensive=贵,pricey=贵,overpriced=太贵,steep=贵,ripoff=坑人,scam=骗人,worth it=值,worth=值,value for money=性价比高,waste of money=浪费钱,recommend=推荐,recommended=推荐,highly recommend=强烈推荐,must try=必点,never again=再也不来了,never come back=再也不来了,won't come back=不会再来了,will come back=会再来",
  // Premises and the stay.
  'dirty=脏,filthy=很脏,stinky=臭,mouldy=发霉,moldy=发霉,musty=有霉味,cramped=很挤,outdated=陈旧,pillow=枕头,sheet=床单,carpet=地毯,window=窗户,elevator=电梯,pool=泳池,gym=健身房,reservation=预订,full book=满房,fully booked=满房,clean=干净,noisy=吵,loud=吵,quiet=安静,smelly=有异味,smell=异味,small=小,tiny=很小,spacious=宽敞,big=大,old=旧,broken=坏了,comfortable=舒服,uncomfortable=不舒服,room=房间,bathroom=卫生间,washroom=卫生间,toilet=马桶,shower=淋浴,bathtub=浴缸,towel=毛巾,bed=床,aircon=空调,air con=空调,air-con=空调,air conditioner=空调,air conditioning=空调,lift=电梯,parking=停车场,bed bug=臭虫,bedbug=臭虫,cockroach=蟑螂,mosquito=蚊子,hair=头发,location=位置,view=景色,lobby=大堂,breakfast=早餐,buffet=自助餐,check in=入住,check-in=入住,checkin=入住,check out=退房,check-out=退房,checkout=退房,late checkout=延迟退房,front desk=前台,reception=前台,receptionist=前台,housekeeping=客房服务,upgrade=升级,full house=满房,upgraded=升级了,deposit=押金,booked=订了',
  // People and manner.
  'staff=员工,waitress=服务员,patient=耐心,impatient=不耐烦,unhelpful=不帮忙,service=服务,customer service=客服,manager=经理,waiter=服务员,rider=骑手,driver=骑手,delivery guy=骑手,sorry=对不起,apology=道歉,apologize=道歉,care=在乎,follow up=跟进,rude=粗鲁,impolite=没礼貌,friendly=友好,unfriendly=不友好,helpful=热情,professional=专业,unprofessional=不专业,attitude=态度',
  // Food and the order.
  'food=饭菜,taste=味道,portion=分量,price=价格,fee=费用,delivery fee=配送费,service charge=服务费,packaging=包装,authentic=正宗,gross=恶心,disgusting=恶心,annoying=烦人,delicious=好吃,yummy=好吃,tasty=好吃,salty=咸,oily=油腻,greasy=油腻,bland=淡,spicy=辣,sweet=甜,fresh=新鲜,stale=不新鲜,undercooked=没熟,cold=冷,hot=热,order=订单,ordered=点了,wrong order=送错了的订单,delivery=配送,delivered=送到,delay=延误,delayed=延误,late=迟到,slow=慢,fast=快,quick=快,wrong=错,missing=漏了,spilled=洒了,leaked=漏了,cancel=取消,cancelled=取消了,refund=退款,refunded=退款了,voucher=优惠券,coupon=优惠券,queue=排队,wait=等,waiting=等,complain=投诉,complaint=投诉,charge=收费,charged=收费,overcharged=多收钱',
  // Linking words, degrees and negation, so that a contrast or a denial reads as one.
  "but=但是,overall=总体,and=和,very=很,super=超级,too=太,a bit=有点,not=不,no hot water=没有热水,hot water=热水,don't=不,dont=不,won't=不,wouldn't=不,didn't=不,isn't=不,wasn't=不",
];

interface EnglishTable {
  chineseFor: ReadonlyMap<string, string>;
  /**
   * A word, maybe plural (rooms, cockroaches), and the space before another English word: "not clean" is 不干净; a
   * space beside Chinese stays, as a break the writer made.
   */
  word: RegExp;
}

/** Built on the first message with a Latin letter, not at the processor's cold start. */
let table: EnglishTable | undefined;

function englishTable(): EnglishTable {
  const chineseFor = new Map(
    CHINESE_FOR_ENTRIES.join(',')
      .split(',')
      .map((entry) => entry.split('=') as [string, string]),
  );
  const alternatives = [...chineseFor.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+'));
  return { chineseFor, word: new RegExp(`(?<![a-z'])(${alternatives.join('|')})(?:e?s)?(?![a-z'])(?:\\s+(?=[a-z]))?`, 'g') };
}

const LATIN_LETTER = /[a-z]/;

/** `wordsRead` receives each word mapped, as "noisy → 吵", once. */
export function withChineseForEnglishWords(text: string, wordsRead?: string[]): string {
  if (!LATIN_LETTER.test(text)) return text;
  const { chineseFor, word: englishWord } = (table ??= englishTable());
  return text.replace(englishWord, (_matched, word: string) => readAs(wordsRead, word, chineseFor.get(word.replace(/\s+/g, ' '))!));
}
