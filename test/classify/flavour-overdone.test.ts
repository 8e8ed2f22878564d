import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFlavourOverdone } from '../../shared/classify/flavour-overdone.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'service_attitude'];
const ruleTypes = (text: string) => typesForFlavourOverdone([], text, DEFAULT_TYPES).map((t) => t.type);

describe("a dish's flavour or texture faulted in passing in a long satisfied review", () => {
  it('is product_quality among praise of the place and the other dishes', () => {
    expect(types('周末带爸妈来的，装修是中式的很大气，停车也方便。烤鸭片得很薄，皮脆肉嫩，配的饼也好吃，老人家很喜欢。就是那份羊排有点膻，其他都挺好，服务员也热情，总体满意')).toContain('product_quality');
    expect(types('约会选的这家意大利餐厅，窗边能看到江景，服务生也礼貌。菲力点的三分熟上来偏老，配的土豆泥倒是很绵密，提拉米苏也好吃')).toContain('product_quality');
  });

  it('holds for a heat overdone told with 的 (辣的有点过了), and a portion fit to feed a cat', () => {
    expect(types('味道很正宗 就是辣的有点过了')).toContain('product_quality');
    expect(types('这分量喂猫呢')).toContain('product_quality');
  });

  it('leaves paint (有点油漆味) to the room', () => {
    expect(types('房间是新装修的,有点油漆味,开窗通了一晚上风就好了.')).toEqual(['environment']);
  });

  it('holds for traditional characters', () => {
    expect(types('週末跟家人來吃飯，環境很舒服，店員也很親切，小籠包皮薄多汁，排骨炒飯也很香。不過酸辣湯有點稀，料也不多，其他都很滿意，還會再來')).toContain('product_quality');
  });

  it('holds for the fault said mildly or plainly where no dish is praised with it, and for an outcome (咸得发苦, 油得不行)', () => {
    expect(ruleTypes('外婆菜咸得发苦，跟服务员提了，她马上帮我们换了一份')).toEqual(['product_quality']);
    expect(ruleTypes('柠檬茶偏淡了，喝着像水')).toEqual(['product_quality']);
    expect(ruleTypes('椒盐虾很香，但炒饭真的咸，吃两口就放下了')).toEqual(['product_quality']);
    expect(ruleTypes('这碗拌面油得不行，吃两口就放下了')).toEqual(['product_quality']);
    expect(ruleTypes('蛋糕太甜了，奶油也腻')).toEqual(['product_quality']);
  });

  it('is none by this rule for praise, a denial, a wish, a fear or a question', () => {
    expect(ruleTypes('锅底香而不燥，咸淡适中，一点都不腻')).toEqual([]);
    expect(ruleTypes('酱汁不会太甜，鸡翅很脆')).toEqual([]);
    expect(ruleTypes('怕太咸的话可以跟服务员说少放盐')).toEqual([]);
    expect(ruleTypes('喜欢偏咸口味的朋友会爱上这家的卤味')).toEqual([]);
    expect(ruleTypes('第一次来不知道会不会太油？')).toEqual([]);
    expect(ruleTypes('面包很软糯，甜品也好吃，老板很热情')).toEqual([]);
    expect(ruleTypes('酥油茶第一次喝有点咸，喝习惯了觉得挺香')).toEqual([]);
    expect(ruleTypes('腊味合蒸偏咸，配饭刚好')).toEqual([]);
  });

  it('is none by this rule for a drink sweeter than the sugar level chosen (the order, not the food)', () => {
    expect(ruleTypes('选的三分糖，喝起来还是太甜了')).toEqual([]);
  });

  it('is none by this rule for the premises, furniture, food softened on the way or a fault conceded', () => {
    expect(ruleTypes('店里装修偏老旧，桌子有点油，不过味道真的好')).toEqual([]);
    expect(ruleTypes('店里的地上有点油，走路要小心')).toEqual([]);
    expect(ruleTypes('房间的空调开着有点干，沙发也有点硬')).toEqual([]);
    expect(ruleTypes('生煎送过来底部有点软了')).toEqual([]);
    expect(ruleTypes('面虽然有点软了，但依然有筋道')).toEqual([]);
  });
});

describe("a flavour no dish is praised for said strong (醋味有点重, 碱味太重)", () => {
  it('is product_quality, in a long satisfied review', () => {
    expect(types('口味4分，环境5分。刺身拼盘很新鲜，三文鱼肥美。寿司的米饭醋味有点重，个人不太喜欢。烤鳗鱼饭很好吃，天妇罗外皮酥脆不油。')).toContain('product_quality');
    expect(ruleTypes('馒头碱味太重了')).toEqual(['product_quality']);
  });

  it('is none by this rule for a milk tea praised, or a flavour said not strong', () => {
    expect(ruleTypes('奶茶奶味很重，茶味也浓，好喝')).toEqual([]);
    expect(ruleTypes('醋味不重，刚刚好')).toEqual([]);
  });
});

describe('a flavour too sharp, meat too fatty, a flavour overdone or food dry enough to choke', () => {
  it('is product_quality (芥末味太冲, 太肥, 甜得有点过了, 甜过头, 干得噎人)', () => {
    for (const text of ['芥末鸭掌一般，芥末味太冲了', '和牛五花油花很漂亮，就是太肥了，吃两块就腻', '冰糖甲鱼甜得有点过了', '双皮奶奶味很香 但是甜过头了', '点心一口就没了，司康干得噎人']) {
      expect(types(text), text).toContain('product_quality');
    }
  });

  it('is none for a strong taste praised, a dish named 过油肉, or a room that smells', () => {
    for (const text of ['榴莲千层猫山王的味儿很冲，奶油不甜腻', '过油肉老好吃了，肉片滑溜', '温泉房名副其实，就是屋里硫磺味有点冲']) {
      expect(ruleTypes(text), text).toEqual([]);
    }
  });
});
