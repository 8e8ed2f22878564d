import { deniedVirtues, mildFaults, mildFaultsEn } from './hedged-faults.ts';

/**
 * The default complaint taxonomy. `keywords` are problem phrases: they count only when not
 * negated ("不慢", "wasn't late"). `topics` name what the complaint is about and count even
 * after a negator ("不给退款", "no refund"). Weights add up per type; confidence is
 * 1 − e^(−sum), so one strong phrase (≈1) gives ~0.63 and a lone topic word (≈0.5) ~0.4.
 * Phrases are lower-case; Chinese is simplified (traditional input is converted first).
 * See docs/complaint-taxonomy.md for definitions and how to extend this by configuration.
 */
export interface ComplaintTypeDefinition {
  id: string;
  labelZh: string;
  labelEn: string;
  description: string;
  keywords: Record<string, number>;
  topics: Record<string, number>;
}

export interface Taxonomy {
  types: ComplaintTypeDefinition[];
}

export const DEFAULT_TAXONOMY: Taxonomy = {
  types: [
    {
      id: 'product_quality',
      labelZh: '产品质量',
      labelEn: 'Product quality',
      description: 'The product or food itself is defective, broken, fake, spoiled or tastes bad.',
      keywords: {
        // Generated lists first, in every type: the phrases below keep their own weights ("too salty"), and V8 builds a
        // literal with its spreads first in a fraction of the time (test/classify/taxonomy-literal-shape.test.ts).
        ...deniedVirtues(['入味', '好吃', '新鲜', '合胃口', '合口味', '地道', '正宗', '嫩', '脆', '香', '好喝', '够味', '鲜', '酥'], 0.9),
        ...mildFaults(['咸', '淡', '油', '腻', '硬', '柴', '腥', '酸', '苦', '焦', '凉', '干'], 0.8, true),
        ...mildFaultsEn(['dry', 'salty', 'sweet', 'oily', 'greasy', 'bland', 'soggy', 'chewy', 'watery', 'tough', 'overcooked', 'undercooked', 'mushy', 'doughy', 'lumpy'], 0.9),
        // Said as customers say it (session 44's short-review batteries): 没炖烂 and the like.
        没炖烂: 1.0, 没煮烂: 1.0, 寡淡: 1.0, 刷锅水: 1.0, 膻得: 1.0, 膻味重: 1.0, 膻味太: 1.0, 皮太厚: 0.9,
        // How much of something went in, as a cook's fault: "酱油汁给少了", "蒜放太少", "醋倒多了", "米粒数得过来".
        给少了: 0.9, 给得太少: 0.9, 放少了: 0.9, 放太少: 0.9, 放得太少: 0.9, 放多了: 0.9, 放太多: 0.9, 放得太多: 0.9, 倒多了: 0.9, 刷的酱太多: 0.9, 数得过来: 1.0, 全是油: 1.0, 好多油: 0.9, 油太多: 0.9,
        不入味: 1.0, 没味: 0.9, 味道淡: 0.9, 偏咸: 0.8, 齁咸: 1.2, 太甜: 0.8, 偏甜: 0.6, 太腻: 0.9, 好腻: 0.9, 不够味: 0.8, 肉少: 1.0, 量小: 1.0, 份量少: 1.0, 分量不足: 1.2, 分量太少: 1.2, 吃不饱: 1.0, 不脆: 0.8, 软趴趴: 0.9, 没煮熟: 1.2, 半生: 1.0, 肉质差: 1.1, 很柴: 1.0, 太柴: 1.0, 冰冷: 0.6, 有股味: 0.9, 馊了: 1.3, 酸了: 0.9, 有根头发: 1.2, 吃出头发: 1.2, 吃出: 0.8, 早餐很差: 1.1, 早餐太差: 1.2, 早餐品种: 0.6, 早餐种类少: 1.0, 早餐单一: 1.0, 床很硬: 1.0, 床不舒服: 1.0, 床太硬: 1.0, 床太软: 0.9, 枕头太: 0.8, 床垫: 0.5, 被子有: 0.7, 床单有: 0.9, 'tasted like': 0.6, 'breakfast was poor': 1.1, 'breakfast was disappointing': 1.1, 'disappointing breakfast': 1.1, 'breakfast was': 0.4, 'too sweet': 0.9, 'cold food': 0.8, 'small portion': 1.1, 'portion was': 0.6, 'tiny portion': 1.1,
        太硬: 0.9, 硬的: 0.7, 很硬: 0.9,
        味道差: 1.2, 味道一般: 0.8, 量太少: 1.0, 量少: 1.0, 早餐差: 1.0, 早餐品种少: 0.9, 喂猫呢: 1.1, 喂猫都: 1.0, 喂鸟呢: 1.0,
        上吐下泻: 1.2, 食物中毒: 1.3, 拉肚子: 1.2, 腹泻: 1.2, 拉稀: 1.2, 闹肚子: 1.2, 吃坏肚子: 1.2, 又吐又拉: 1.2, 过敏: 1.0, 没几块: 0.8, 少了一半: 0.9, 分量少: 1.0, 又老又柴: 1.1, 柴: 0.6, 坨: 0.9, 发苦: 1.0, 咸得: 1.0, 烂了: 1.0, 发黑: 1.0, 臭了: 0.9, 'food poisoning': 1.3, 'allergic reaction': 1.0, 'glass in': 1.2, 'piece of glass': 1.2,
        质量差: 1.2, 质量问题: 1.2, 质量不好: 1.2, 质量太差: 1.3, 做工差: 1.1, 做工粗糙: 1.1, 次品: 1.2, 残次: 1.1, 劣质: 1.2,
        假货: 1.2, 假的: 0.8, 坏了: 0.7, 就坏: 1.1, 坏掉: 0.9, 掉色: 1.0, 起球: 1.0, 开线: 1.0, 漏水: 0.9, 故障: 0.9,
        不能用: 0.8, 用不了: 0.7, 没法用: 0.8, 失灵: 1.0, 发霉: 1.1, 变质: 1.2, 过期: 1.1, 馊: 1.2, 异物: 1.2,
        // 抬头 of an invoice (公司抬头发你了) holds 头发.
        抬头: 0, 头发: 1.0, 虫子: 1.1, 苍蝇: 1.1, 难吃: 1.2, 难喝: 1.2, 难以下咽: 1.2, 无法下咽: 1.2, 没法下咽: 1.2, 咽不下去: 1.1, 不好吃: 1.2, 不新鲜: 1.2, 味道怪: 1.1, 怪味: 1.0,
        有异味: 0.8, 太咸: 1.0, 太淡: 0.9, 太油: 1.0, 太辣: 0.7, 油腻: 0.8, 没熟: 1.2, 夹生: 1.2, 生的: 0.8,
        不熟: 1.1, 烤焦: 1.0, 糊了: 1.0, 硬邦邦: 0.9, 口感差: 1.1, 没味道: 1.0, 腥: 0.9, 臭: 0.7, 碎屏: 1.0,
        黑屏: 0.9, 不充电: 1.0, 耗电: 0.8, 发热: 0.6, 有划痕: 1.0, 划痕: 0.8, 瑕疵: 1.0, 缩水: 0.8, 变形: 1.0,
        'poor quality': 1.2, 'bad quality': 1.2, 'low quality': 1.2, broken: 0.9, defective: 1.2, faulty: 1.2,
        'stopped working': 1.2, "doesn't work": 0.9, 'does not work': 0.9, 'fell apart': 1.2, cheap: 0.6,
        fake: 1.1, counterfeit: 1.2, stale: 1.1, undercooked: 1.2, overcooked: 1.0, raw: 0.8, burnt: 1.0,
        tasteless: 1.1, bland: 1.0, 'too salty': 1.1, salty: 0.7, greasy: 0.9, spoiled: 1.2, rotten: 1.2,
        expired: 1.1, moldy: 1.2, mouldy: 1.2, 'hair in': 1.2, 'bug in': 1.2, soggy: 0.9, inedible: 1.2,
        disgusting: 0.8, 'tasted awful': 1.1, 'tasted bad': 1.1, 'tastes bad': 1.1, scratched: 1.0, cracked: 1.0,
        // Food and beds faulted in English reviewers' own words, often softened inside praise ("the scones were a tad dry though").
        watery: 0.9, mushy: 1.0, mush: 0.9, chewy: 0.8, doughy: 0.9, rubbery: 1.0, lukewarm: 0.8, 'smelled off': 1.2, 'tasted off': 1.2, 'gone off': 1.1,
        'swimming in oil': 1.1, 'not as good as before': 1.0, 'not as good as it used to be': 1.0, 'used to be better': 1.0, sagging: 0.9, saggy: 0.9, lumpy: 0.9,
      },
      topics: {
        早餐: 0.3,
        质量: 0.6, 做工: 0.5, 味道: 0.6, 口味: 0.6, 口感: 0.5, 菜品: 0.5, 食材: 0.6, 饭菜: 0.4, 产品: 0.4,
        quality: 0.6, taste: 0.5, flavor: 0.5, flavour: 0.5, food: 0.3, product: 0.4, material: 0.4,
      },
    },
    {
      id: 'service_attitude',
      labelZh: '服务态度',
      labelEn: 'Service attitude',
      description: 'Staff were rude, impatient, indifferent, dismissive or unprofessional in manner.',
      keywords: {
        ...deniedVirtues(['热情', '耐心', '礼貌', '友好', '专业', '主动', '客气', '周到', '友善'], 0.9),
        // Said as customers say it (session 44's short-review batteries): 打官腔 and the like.
        打官腔: 1.1, 一问三不知: 1.0, 怼顾客: 1.1, 怼人: 1.0, 拽得: 1.0, 白眼翻: 1.1, 翻着白眼: 1.1,
        态度冷淡: 1.3, 冷冰冰: 1.1, 爱搭不理: 1.3, 不理人: 1.2, 没有笑容: 0.9, 板着脸: 1.1, 拉着脸: 1.1, 臭脸: 1.2, 黑着脸: 1.2, 态度生硬: 1.2, 语气很冲: 1.2, 语气不好: 1.2, 很冲: 0.9, 不客气: 1.0, 服务不到位: 1.0, 服务欠佳: 1.0, 前台态度: 1.0, 不友好: 1.1, 不热情: 0.9, 很不耐烦: 1.3, 催我们: 0.8, 赶我们: 1.0, 'was rude': 1.3, 'not friendly': 1.1, 'unhelpful staff': 1.1, unhelpful: 0.9,
        挂我电话: 1.3, 挂电话: 1.1, 对不起都没有: 1.2, 歉意都没有: 1.2, 一点歉意都没有: 1.3, 毫无歉意: 1.2, 道歉: 0.7, 聊天: 0.8, 打发: 1.0, 瞪我: 1.2, 瞪: 0.9, 抽烟: 0.8, 怪我: 1.0, 口气很差: 1.2, 口气: 0.7, 欠他钱: 1.0, 欠她钱: 1.0, 欠他们钱: 1.0, 欠你钱: 1.0, 自己下楼: 1.0, 狗眼看人低: 1.4, 看人下菜: 1.3, 'hung up': 1.0,
        态度差: 1.3, 态度恶劣: 1.4, 态度很差: 1.3, 态度极差: 1.4, 态度不好: 1.3, 服务差: 1.0, 
        不耐烦: 1.2, 爱答不理: 1.3, 爱理不理: 1.3, 冷漠: 1.1, 凶: 0.9, 骂人: 1.3, 骂: 1.0, 想骂人: 0, 想骂娘: 0, 吼: 1.1, 翻白眼: 1.3,
        甩脸色: 1.3, 脸色: 0.8, 不礼貌: 1.2, 没礼貌: 1.2, 傲慢: 1.2, 嫌弃: 1.0, 歧视: 1.2, 敷衍: 0.8, 阴阳怪气: 1.2,
        嘲讽: 1.1, 不专业: 0.8, 服务意识: 0.9, 服务很差: 1.1, 服务太差: 1.1, 不搭理: 1.1, 顶撞: 1.0,
        rude: 1.3, impolite: 1.2, unfriendly: 1.1, arrogant: 1.2, condescending: 1.2, yelled: 1.2, shouted: 1.1,
        attitude: 0.9, disrespectful: 1.2, dismissive: 1.1, unprofessional: 0.9, 'rolled her eyes': 1.3,
        'rolled his eyes': 1.3, insulted: 1.2, 'bad service': 0.9, 'poor service': 0.9, 'terrible service': 0.9,
        'hung up on me': 0.9, sarcastic: 1.0, snapped: 0.9,
        // Staff manner as English guests and diners tell it, with no word of the list above ("shrugged", "a bit short with us", "not their problem").
        shrugged: 1.0, sighed: 0.9, "didn't care": 1.1, 'didnt care': 1.1, "don't care": 1.1, 'dont care': 1.1, "doesn't care": 1.1, 'doesnt care': 1.1, "couldn't care less": 1.3, argued: 1.0, 'short with': 1.0,
        'rolled their eyes': 1.3, 'eye roll': 1.1, 'no smile': 0.9, 'on her phone': 0.9, 'on his phone': 0.9, 'on their phone': 0.9,
        grumpy: 1.1, moody: 0.9, snooty: 1.1, stroppy: 1.1, curt: 1.0, pushy: 0.9, blamed: 0.8, 'not their problem': 1.0,
        'not my problem': 1.0, 'these things happen': 0.9,
        // Manner in online shoppers' and takeaway customers' words: 快递蛮横, 员工很粗鲁, 客服嚣张跋扈, 商家把我拉黑了, 咨询客服态度很渣
        // (the customer blocking a caller, 我拉黑了, is not the business's manner).
        蛮横: 1.2, 粗鲁: 1.2, 无礼: 1.2, 贼横: 1.2, 很横: 1.2, 太横: 1.2, 真横: 1.2, 对不住都没有: 1.2, 嚣张: 1.2, 跋扈: 1.2, 把我拉黑: 1.2, 拉黑我: 1.2, 被拉黑: 1.1, 态度很渣: 1.3, 态度渣: 1.3, 态度不咋: 1.2, 态度不怎么样: 1.2,
      },
      topics: {
        服务态度: 0.9, 态度: 0.7,
        服务员: 0.5, 前台: 0.4, 店员: 0.5, 店长: 0.4, 经理: 0.3, 工作人员: 0.4, 营业员: 0.5, 收银员: 0.5, 柜员: 0.5,
        服务: 0.3, staff: 0.4, waiter: 0.5, waitress: 0.5, receptionist: 0.5, cashier: 0.5, employee: 0.4,
        manager: 0.3, agent: 0.3, server: 0.3,
      },
    },
    {
      id: 'delivery',
      labelZh: '物流配送',
      labelEn: 'Delivery & logistics',
      description: 'Late, lost, damaged or mishandled delivery; food arriving cold or spilled; courier problems.',
      keywords: {
        // Said as customers say it (session 44's short-review batteries): 龟速配送 and the like.
        侧翻: 1.0, 龟速配送: 1.2, 配送龟速: 1.2, 龟速: 0.7, 蜗牛都比: 0.9, 扔门卫: 1.0, 扔在门卫: 1.0, 扔门口: 1.0, 往地上一扔: 1.0,
        // Not in time, of the trip (而且送货不及时, 配送不及时饭都凉了).
        送货不及时: 1.3, 配送不及时: 1.3, 送餐不及时: 1.3, 物流不及时: 1.2, 快递不及时: 1.2,
        // A parcel the courier will not bring out (一直不派送).
        不派送: 1.1, 没派送: 1.0,
        // Parcels as customers of couriers tell them: left at a locker or a station, taken by someone else, never picked up.
        快递柜: 0.6, 冒领: 1.2, 待揽收: 1.0, 物流信息: 0.6,
        // A parcel stuck as its tracking shows it (还在揽件, 出库出了一个礼拜, 物流三天没更新), or not yet sent (怎么还没发货).
        还在揽件: 1.1, 还没揽件: 1.1, 没人揽件: 1.1, 还在出库: 1.0, 还没出库: 1.1, 一直出库: 1.0, 出库出了: 1.0, 物流不动: 1.2, 物流没动: 1.2, 物流没更新: 1.2, 物流不更新: 1.2, 没有物流信息: 1.1, 还没发货: 1.1, 还不发货: 1.2, 怎么没发货: 1.1,
        送来都凉了: 1.3, 送到都凉了: 1.3, 到手都凉了: 1.3, 都坨了: 1.0, 送晚了: 1.2, 送了一个多小时: 1.3, 等了一个多小时: 1.0, 等了两个小时: 1.0, 超时送达: 1.3, 配送员: 0.6, 送餐员: 0.6, 外卖小哥: 0.5, 洒了一袋: 1.2, 汤都洒: 1.3, 漏了一袋: 1.1, 打翻: 1.0, 提前点了送达: 1.3, 点了送达: 1.2, 没送上楼: 1.1, 放前台: 0.5, 物流太慢: 1.3, 快递太慢: 1.3, 'rider was': 0.6, 'delivery was late': 1.4, 'arrived late': 1.3, 'arrived an hour': 1.2,
        // The order left short of the door: the customer made to come down for it, or it left at the gate or downstairs (叫我下楼拿, 放在小区门口就走了).
        下楼拿: 1.0, 下楼取: 1.0, 下楼来拿: 1.0, 放在小区门口: 0.9, 放小区门口: 0.9, 放在楼下: 0.9, 放楼下: 0.9, 不送到门口: 1.1, 不给送到门口: 1.1, 不送到楼上: 1.1, 送错地方: 1.2, 送错地址: 1.2, 送错楼: 1.1,
        放门卫: 0.8, 送得慢: 1.1, 送得太慢: 1.2, 'took forever': 0.8,
        慢: 0.5, slow: 0.4,
        次日达: 1.0, 才到: 0.9, 才送到: 1.0, 冰袋: 0.8, 化了: 0.7, 化成水: 1.0, 化成一滩水: 1.0, 骑手迷路: 1.2, 小哥迷路: 1.1, 骑手好像迷路: 1.1, 送餐员迷路: 1.2, 拒收: 0.8, 到付: 0.6, 托运: 0.8, 摔坏: 0.9, damaged: 0.6,
        太慢: 0.8, 很慢: 0.7, 慢死: 1.0, 超时: 1.1, 迟到: 0.9, 晚到: 1.0, 延迟: 0.9, 延误: 1.0, 迟迟: 0.6,
        还没到: 1.1, 还没送到: 1.2, 没送到: 1.2, 送不到: 1.1, 没收到: 1.0, 未收到: 1.0, 丢件: 1.3, 
        // A parcel sent late or never received, as shopping reviews say it (train items labelled delivery: 才发货 15 of 15, 没有收到货 6 of 7).
        才发货: 1.2, 没有收到货: 1.1,
        冷了: 1.0, 凉了: 1.0, 凉透: 1.1, 洒了: 1.2, 撒了: 1.1, 漏了: 0.8, 汤洒: 1.2, 压坏: 1.0, 压扁: 1.0,
        发货慢: 1.2, 不发货: 1.2, 迟迟不发货: 1.3, 物流慢: 1.3, 快递慢: 1.3, 送餐慢: 1.3, 配送慢: 1.3,
        等了: 0.4, 显示已送达: 1.2, 显示签收: 1.1,
        被签收: 0.9, 放门口: 0.6, 扔在: 0.7, 不送上楼: 1.1, 破损: 0.6,
        late: 0.9, delayed: 1.0, 'never arrived': 1.3, "hasn't arrived": 1.2, "didn't arrive": 1.2, 'not arrived': 1.1,
        'still not here': 1.1, 'arrived cold': 1.3, 'was cold': 0.8, 'stone cold': 1.0, spilled: 1.1, 'lost package': 1.3,
        'lost parcel': 1.3, 'lost my package': 1.3, 'took over an hour': 1.0, 'over an hour': 0.6, 'two hours': 0.5,
        crushed: 0.9, 'marked as delivered': 1.2, 'left at the door': 0.7, 'wrong address': 0.9,
      },
      topics: {
        一个多小时: 0.4, 一个小时: 0.3, 两个小时: 0.5, 两个多小时: 0.6,
        配送: 0.7, 送餐: 0.6, 外卖员: 0.6, 骑手: 0.7, 小哥: 0.4, 快递: 0.7, 快递员: 0.7, 物流: 0.8, 送达: 0.5,
        包裹: 0.6, 派送: 0.7, 签收: 0.4, 发货: 0.6, 送货: 0.7, 运输: 0.5, 等: 0.2,
        delivery: 0.8, deliver: 0.6, delivered: 0.4, courier: 0.7, driver: 0.5, shipping: 0.7, shipment: 0.7,
        package: 0.5, parcel: 0.6, tracking: 0.5, dispatch: 0.5, waited: 0.3,
      },
    },
    {
      id: 'order_accuracy',
      labelZh: '订单错漏',
      labelEn: 'Order accuracy',
      description: 'Wrong, missing or substituted items; the order does not match what was ordered or requested.',
      keywords: {
        // Said as customers say it (session 44's short-review batteries): 漏装 and the like.
        漏装: 1.1, 照样放: 1.0, 还是放了: 0.8,
        少送了: 1.3, 漏送了: 1.3, 少了一份: 1.3, 少了个: 1.1, 没有筷子: 1.1, 没给筷子: 1.2, 没放筷子: 1.2, 没有勺子: 1.0, 饮料没送: 1.2, 米饭没送: 1.2, 忘了放: 1.1, 忘放: 1.1, 备注了: 0.8, 备注不要: 1.0, 说了不要: 1.1, 订的大床房: 1.0, 给了标间: 1.2, 安排了: 0.3, 房型不对: 1.3, 不是预订的: 1.2, 预订的房型: 1.0, 没有窗: 0.6, 'wrong room': 1.3, 'room type': 0.8, 'forgot the': 1.0, 'no cutlery': 1.1, 'no chopsticks': 1.1,
        没有餐具: 1.0, 没给餐具: 1.1, 没放餐具: 1.1,
        只到了: 1.0, 只送来: 1.0, 只送了: 1.0, 只有一: 0.6, 没加: 0.8, 少放: 1.1, 订的是: 0.8, 结果给: 0.8, substituted: 1.1, 'received a': 0.6, 'ordered a': 0.3,
        送错: 1.3, 发错: 1.3, 拿错: 1.2, 做错: 1.1, 上错: 1.2, 错发: 1.3, 少送: 1.3, 漏送: 1.3, 少发: 1.3, 漏发: 1.3,
        少了一: 1.1, 少一: 1.0, 缺了: 1.0, 少给: 1.2, 没给: 0.8, 没给开: 0, 没放: 0.9, 漏放: 1.2, 不是我点的: 1.3, 不是我要的: 1.2,
        没按备注: 1.3, 备注: 0.6, 数量不对: 1.2, 尺码不对: 1.1, 颜色不对: 1.1, 型号不对: 1.2, 款式不对: 1.1,
        订单错: 1.2, 点的是: 0.8, 却给: 0.8, 换成了: 0.8, 换成了新的: 0, 换成新的: 0, 少了: 0.6, 缺: 0.4, 
        'wrong order': 1.4, 'wrong item': 1.3, 'wrong size': 1.2, 'wrong color': 1.2, 'wrong colour': 1.2,
        'wrong dish': 1.3, 'wrong food': 1.3, missing: 0.9, 'was missing': 1.1, 'were missing': 1.1, forgot: 0.8,
        'left out': 0.9, 'not what i ordered': 1.4, "isn't what i ordered": 1.4, 'instead of': 0.7, "didn't include": 1.0,
        'special instructions': 0.8, 'mixed up': 1.0, incomplete: 0.9, 'only got': 0.7,
      },
      topics: {
        筷子: 0.5, 餐具: 0.5, 订单: 0.2, 漏: 0.4, order: 0.2, item: 0.2, items: 0.2 },
    },
    {
      id: 'price_billing',
      labelZh: '价格收费',
      labelEn: 'Price & billing',
      description: 'Overcharging, double charges, hidden fees, unexpected renewals, invoices, or poor value for money.',
      keywords: {
        ...deniedVirtues(['划算', '实惠', '便宜', '值'], 0.9),
        ...mildFaults(['贵'], 0.8),
        // The price judged by what it bought or beside a fee (配送费都快赶上一盘寿司了, 房费一分没少收; not 住成这样, which praises as often: 这个价位能住成这样).
        快赶上饭钱: 1.2, 都快赶上一: 0.9, 一分没少收: 1.0, 一分钱没少收: 1.0,
        // A carrier's or a platform's charges: 乱扣费, 资费不透明, 大数据杀熟.
        乱扣费: 1.4, 资费: 0.6, 杀熟: 1.3,
        // The price as slang calls it (价格刺客, 血亏, 交智商税, 割韭菜): poor value said without 贵.
        刺客: 1.0, 血亏: 0.9, 智商税: 1.0, 割韭菜: 1.0,
        价格偏高: 1.0, 价格太高: 1.1, 偏贵: 0.9, 有点贵: 0.8, 稍贵: 0.8, 略贵: 0.8, 小贵: 0.7, 价格贵: 1.0, 不便宜: 0.7, 性价比不高: 1.0, 不划算: 1.0, 不太划算: 1.0, 不值得: 0.8, 贵了: 0.8, 收费贵: 1.1, 餐位费: 1.0, 茶位费: 1.0, 开瓶费: 1.0, 多收了: 1.3, 押金不退: 1.3, 押金还没: 1.2, 扣押金: 1.1, 发票开不了: 1.2, 不给开发票: 1.3, 没有发票: 1.0, 'too expensive': 1.2, pricey: 1.0, 'over priced': 1.2, 'poor value': 1.2, 'not worth the': 1.1, deposit: 0.7,
        违约金: 1.0, 另外收: 1.1, 另收: 1.0, 还要收: 1.0, 再收一次: 1.0, 费照收: 1.0, 价照收: 1.0, 价钱照收: 1.0, 额外收: 1.1, 材料费: 0.8, 绕路: 1.0, 预授权: 1.0, 检测费: 0.8, 补了: 0.6, 'billing error': 1.2,
        // 贵 that prices nothing: a place (the business addressed as 贵店 and a guest or thing valued, 贵宾 and 贵重, are read plainly first).
        贵州: 0, 贵阳: 0,
        太贵: 1.1, 贵: 0.6, 乱收费: 1.4, 多收: 1.3, 多扣: 1.3, 乱扣: 1.3, 扣了两次: 1.4, 重复扣款: 1.4, 重复扣费: 1.4,
        扣费: 0.9, 扣款: 0.8, 扣钱: 0.9, 隐藏费用: 1.3, 隐形消费: 1.3, 强制消费: 1.2, 涨价: 1.0, 加价: 1.0,
        差价: 1.0, 自动续费: 1.2, 不值: 0.9, 不值这个价: 1.2, 配不上这个价: 1.2, 配不上这价: 1.2, 配不上这个房价: 1.2, 配不上这么高的价: 1.2, 性价比低: 1.1, 性价比太低: 1.2, 肉疼: 1.1, 钱包在滴血: 1.1, 量少价高: 1.2, 价高量少: 1.2, 价高质低: 1.2, 质次价高: 1.2, 价高味差: 1.2, 宰客: 1.4, 坑钱: 1.2,
        多付: 1.1, 价格虚高: 1.2, 不开发票: 1.2, 
        收了: 0.4,
        overcharged: 1.4, 'charged twice': 1.4, 'double charged': 1.4, 'double-charged': 1.4, 'charged me': 0.9,
        'extra charge': 1.2, 'hidden fee': 1.3, 'hidden fees': 1.3, surcharge: 1.1, overpriced: 1.2, expensive: 0.8,
        'rip-off': 1.2, ripoff: 1.2, 'rip off': 1.2, 'not worth': 0.9, 'auto-renew': 1.1, 'auto renew': 1.1,
        'auto-renewed': 1.2, billed: 0.9, 
        charged: 0.8, 'service charge': 0.9, 'late fee': 1.0,
      },
      topics: {
        // Money arriving or unfrozen (到账, 解冻) is what a deposit or refund complaint is about, and what a plain question asks after (积分多久到账？).
        到账: 0.7, 解冻: 0.8,
        发票: 0.7, 账单: 0.8, 套餐: 0.5, 话费: 0.8, 流量费: 1.0, 手续费: 0.9, 服务费: 0.8, 配送费: 0.6, 包装费: 0.7, 年费: 0.9, 利息: 0.7, 价格: 0.6, 收费: 0.7, bill: 0.8, billing: 0.9, invoice: 0.8, fee: 0.7, fees: 0.8, price: 0.6, charge: 0.6, charges: 0.7, 费用: 0.7, 运费: 0.8, 押金: 1.0, 钱: 0.3, 元: 0.2, 块: 0.15, money: 0.3, '$': 0.3 },
    },
    {
      id: 'after_sales',
      labelZh: '售后退换',
      labelEn: 'After-sales, returns & refunds',
      description: 'Returns, refunds, exchanges, repairs and warranty claims refused, delayed or mishandled.',
      keywords: {
        // Said as customers say it (session 44's short-review batteries): 退了个寂寞 and the like.
        退了个寂寞: 1.2,
        // Customer service reading from a script (照本宣科).
        照本宣科: 1.0,
        退款一直没到: 1.4, 还没到账: 1.3, 没到账: 1.2, 不给退款: 1.4, 不提退: 1.2, 不提退钱: 1.3, 不提退款: 1.3, 不退差价: 1.3, 差价也不退: 1.3, 差价也不提: 1.2, 不予退款: 1.4, 不能退款: 1.2, 申请退款被拒: 1.4, 退款被拒: 1.4, 拒绝赔偿: 1.3, 只肯退: 0.9, 只退了: 0.9, 投诉无果: 1.3, 投诉没人: 1.2, 客服推诿: 1.3, 推卸责任: 1.2, 不承认: 1.0, 不负责: 1.0, 取消订单不退: 1.3, 'refund request': 1.0, 'refused a refund': 1.4, 'no compensation': 1.1,
        赔偿: 0.7, 补偿: 0.8, 退票: 1.0, 踢皮球: 1.1, 推来推去: 1.0, 保固: 1.0, 送修: 1.0, 
        不给退: 1.4, 不退: 1.1, 拒绝退款: 1.4, 拒绝退货: 1.4, 不让退: 1.3, 退款难: 1.3, 不给换: 1.3, 不给修: 1.2,
        退款还没到: 1.3, 退款一直: 1.2, 钱还没退: 1.3, 还没退: 1.1, 没退: 1.0, 不处理: 0.9, 不认账: 1.2, 不保修: 1.3,
        要求退款: 0.9, 
        返修: 1.1, 补发: 0.8, 退钱: 1.0, 七天无理由: 1.1,
        refunded: 0.8, 'no refund': 1.3, 'refused to refund': 1.4, 'refuse to refund': 1.4,
        returned: 0.5, 'return policy': 1.0, 
        'money back': 1.1, 'after-sales': 1.1, 'after sales': 1.1, 'store credit': 0.9, 'still waiting for my refund': 1.4,
        'wont replace': 1.1, "won't replace": 1.1, 'chargeback': 0.9,
        // A return, claim or repair refused in English ("refused my return", "denied my claim", "not covered under warranty", "nothing they can do" beside a warranty or refund: a leak the staff shrug at is no after-sales).
        'refused my return': 1.4, 'refused the return': 1.4, 'return was rejected': 1.4, 'rejected my return': 1.4, 'denied my claim': 1.4, 'claim denied': 1.4, 'claim was denied': 1.4,
        'rejected my claim': 1.4, 'claim was rejected': 1.4, "isn't covered under": 1.3, 'not covered under': 1.3, 'nothing they can do': 0.7, 'nothing they could do': 0.7,
        'nothing we can do': 0.7, 'nothing he could do': 0.7, 'nothing she could do': 0.7, 'no refunds': 1.2, "won't refund": 1.4, "wouldn't refund": 1.4,
      },
      topics: { 申请退款: 0.9, 申请退货: 0.9, 退货: 0.9, 退款: 0.9, 换货: 0.9, 退换: 1.0, 维修: 0.8, 保修: 0.9, 质保: 0.9, 三包: 1.0, 售后: 1.1, refund: 1.0, return: 0.6, exchange: 0.7, warranty: 1.0, repair: 0.7, replacement: 0.8, 取消: 0.5, },
    },
    {
      id: 'misleading_promise',
      labelZh: '虚假宣传/承诺不兑现',
      labelEn: 'Misleading claims & broken promises',
      description: 'Advertising, descriptions, photos or staff promises that turned out false or were not honoured.',
      keywords: {
        // Photos said retouched ("图片有点美化了", "修图太狠"): the picture oversold the real thing.
        美化了: 1.2, 美化过: 1.2, 过度美化: 1.3, 美化得: 1.2, 美化的: 1.1, 修图: 1.0, 滤镜太: 1.1,
        和图片不一样: 1.3, 跟图片不一样: 1.3, 图片仅供参考: 0.9, 照骗: 1.3, 和网上说的不一样: 1.3, 和描述的不一样: 1.3, 与实际不符: 1.3, 名不符实: 1.3, 言过其实: 1.2, 不像四星: 1.4, 不像五星: 1.4, 配不上四星: 1.3, 配不上五星: 1.3, 配不上这个评分: 1.2, 配不上这个分数: 1.2, 配不上这么高的评分: 1.2, 配不上这么高的分: 1.2, 配不上这个星级: 1.3, 不配五星: 1.3, 不配四星: 1.3, 挂羊头卖狗肉: 1.3, 说好的免费: 1.3, 承诺的: 0.9, 网红店: 0.4, 被骗了: 1.1, 'not as pictured': 1.4, 'nothing like the photos': 1.4, 'not a five': 1.0, 'not a four': 1.0,
        不符: 1.0, 完全不一样: 0.8, 写着: 0.8, 写的是: 0.8, 标的是: 0.9, 当初说: 0.9, 不是说: 0.8, 明明写: 1.0, 说好: 0.8, 宣传说: 1.0, 当时说: 0.9, 说含: 0.9, 说送: 0.8, 说免费: 0.9, 保本: 0.9, 没有这回事: 1.0, 图片上: 0.8, 'they said': 0.8, 'free cancellation': 0.9,
        虚假宣传: 1.5, 虚假: 1.1, 与描述不符: 1.4, 和描述不符: 1.4, 描述不符: 1.4, 与图片不符: 1.3, 和图片不符: 1.3,
        图片不符: 1.3, 货不对板: 1.4, 实物与图片: 1.2, 跟图片: 0.9, 说好的: 1.1, 不兑现: 1.4, 没兑现: 1.4, 没有兑现: 1.4,
        承诺: 0.9, 答应: 0.8, 明明说: 1.0, 骗人: 1.1, 骗子: 1.1, 欺骗: 1.2, 忽悠: 1.2, 套路: 1.1, 诱导: 1.1, 夸大: 1.2,
        名不副实: 1.3, 号称: 0.9, 宣传: 0.8, 广告: 0.7, 优惠没: 1.0, 活动不: 0.8, 满减没: 1.1, 不给优惠: 1.1,
        口头: 0.8, 虚标: 1.3, 标称: 0.8, 网上说: 0.8, 骗: 0.8,
        misleading: 1.4, 'false advertising': 1.5, 'not as described': 1.5, 'not as advertised': 1.5,
        advertised: 1.2, promised: 1.1, 'broken promise': 1.4, 'they promised': 1.2, guaranteed: 0.8,
        'bait and switch': 1.5, lied: 1.2, deceptive: 1.3, 'looks nothing like': 1.3, claimed: 0.8, claims: 0.6,
        // What a photo showed against what came ("Menu photo showed a full bowl. Got half.").
        'photo showed': 1.1, 'photos showed': 1.1, 'picture showed': 1.1, 'pictures showed': 1.1, 'menu photo': 0.8, 'the photo': 0.6, 'in the photo': 0.8,
        'the photos': 0.6, 'in the pictures': 0.8, 'supposed to': 0.6, 'never honored': 1.3, 'never honoured': 1.3,
        'did not honor': 1.3, "didn't honor": 1.3, scam: 0.9,
        // A claim the review holds against what came, as English reviewers put it ("overhyped", "the listing said", "so-called").
        overhyped: 1.2, overrated: 1.0, 'the hype': 0.8, 'not living up to': 1.2, "doesn't live up": 1.2, "didn't live up": 1.2,
        'website said': 1.0, 'listing said': 1.1, 'the listing': 0.6, 'so-called': 1.0, supposedly: 0.8, 'price guarantee': 1.0,
        'rate guarantee': 1.0, misled: 1.3, advertises: 1.1, 'the description': 0.8,
      },
      topics: { 图片: 0.6, 照片: 0.6, 实际: 0.4, 免费: 0.5, free: 0.4, },
    },
    {
      id: 'environment',
      labelZh: '环境设施',
      labelEn: 'Environment & facilities',
      description: 'Cleanliness, noise, smell, pests, broken facilities or crowding at a physical place (hotel, store, restaurant, branch).',
      keywords: {
        ...deniedVirtues(['干净', '安静', '隔音', '好找', '卫生', '整洁', '宽敞', '明亮', '通风', '暖和'], 0.9),
        ...mildFaults(['吵', '脏', '旧', '挤', '暗', '潮', '乱'], 0.8),
        // The premises aging year by year (一年比一年旧，该翻新了).
        一年比一年旧: 0.9, 越来越旧: 0.9,
        // Said as customers say it (session 44's short-review batteries): 困不着 and the like.
        困不着: 0.9, 停车太难: 1.1, 停车很难: 1.1, 没地方停车: 1.0, 不好停车: 1.0, 好嘈: 1.1, 嘈到: 1.0, 耗子: 1.1, 冻成狗: 0.9, 跟没开一样: 0.9,
        房间有点小: 0.9, 房间有些小: 0.9, 房间偏小: 0.9, 房间略小: 0.9, 房间稍小: 0.8, 空间有点小: 0.8, 空间太小: 0.9,
        // In-room internet is a facility by the guide, however its slowness is said (网速, 上网, 网络).
        wifi不稳定: 1.0, wifi不太稳定: 1.0, wifi信号: 0.6, 网络不稳定: 1.0, 网络不太稳定: 1.0, 信号不好: 0.8, 信号差: 0.8, 网速有点慢: 0.9, 上网慢: 0.8, 上网很慢: 1.0, 上网有点慢: 0.9, 上网太慢: 1.0, 网络很慢: 0.9, 网络太慢: 0.9, 网络比较慢: 0.8, 断网: 1.0, 经常断: 0.6,
        房间脏: 1.4, 房间很脏: 1.4, 床单脏: 1.3, 有污渍: 1.1, 污渍: 1.0, 有头发: 0.8, 卫生间脏: 1.3, 马桶堵: 1.2, 堵了: 0.8, 下水道: 0.9, 反味: 1.1, 有味道: 0.8, 味道很大: 0.9, 霉: 0.9, 发霉的: 1.1, 返潮: 1.1, 阴暗: 1.0, 采光差: 1.1, 没窗: 1.0, 没有窗户: 1.1, 隔音差: 1.4, 隔音不好: 1.4, 隔音太差: 1.4, 隔音效果差: 1.4, 隔音效果不好: 1.4, 很吵: 1.2, 好吵: 1.2, 吵死: 1.3, 吵得: 1.2, 吵闹: 1.1, 嘈杂: 1.1, 睡不着: 0.9, 装修味: 1.1, 装修的味道: 1.1, 甲醛: 1.1, 空调不制冷: 1.3, 空调不冷: 1.2, 空调坏: 1.3, 空调噪音: 1.3, 空调声音: 1.0, 热水不热: 1.2, 水不热: 1.1, 水温: 0.6, 水压小: 1.1, 水压: 0.6, 热水时有时无: 1.3, 没热水: 1.3, 漏水: 0.9, 灯坏: 1.1, 坏了也没: 0.8, 设施旧: 1.2, 设施老: 1.1, 设施差: 1.2, 老旧: 1.0, 旧了: 0.8, 有点旧: 0.8, 比较旧: 0.8, 年代久远: 0.9, 墙皮: 1.0, 掉漆: 1.0, 房间很小: 1.0, 空间小: 0.9, 太挤: 1.0, 很挤: 0.9, 位置不好找: 1.0, 不好找: 0.9, 难找: 0.9, 位置偏僻: 1.1, 交通不方便: 1.0, 打车难: 0.9, 停车难: 1.1, 停车不方便: 1.1, 没有停车: 1.0, 停车费: 0.6, 电梯慢: 1.0, 电梯太少: 1.1, 等电梯: 0.8, 网络差: 0.9, 网速太慢: 1.0, wifi很慢: 1.1, wifi不好: 1.1, 上不了网: 1.1, 蚊子: 1.0, 有虫: 0.9, 小强: 1.1, 苍蝇多: 1.1, 环境很差: 1.4, 环境不好: 1.3, 环境嘈杂: 1.3, 桌子油: 1.1, 油腻腻: 0.9, 地面脏: 1.3, 餐具不干净: 1.3, 碗不干净: 1.3, 杯子不干净: 1.2, 'paper thin walls': 1.4, 'paper thin': 1.3, 'walls were thin': 1.3, 'room was small': 1.0, 'room was tiny': 1.1, 'tiny room': 1.1, 'broken ac': 1.2, 'ac was broken': 1.2, "ac didn't work": 1.2, "air conditioning didn't work": 1.3, 'not clean': 1.1, 'thin walls': 1.3, 'could hear everything': 1.2, 'no hot water': 1.4, 'air con': 0.6, 'aircon': 0.6, 'broken': 0.4, 'musty': 1.2, 'damp': 1.0, 'hard to find': 0.9, 'far from': 0.7,
        门锁坏: 1.2, 窗户打不开: 1.0, 窗打不开: 1.0, 老是断: 0.8, 总是断: 0.8, 没信号: 0.7, 离市区太远: 1.0, 离市区很远: 1.0, 离市区比较远: 0.9, 离地铁很远: 1.0, 离地铁太远: 1.0, 离机场太远: 0.9,
        位置偏: 0.8, 偏僻: 0.8, 交通不便: 0.9, 房间小: 0.9, 房间太小: 1.1, 设施陈旧: 1.2, 设施老旧: 1.2, 设施老化: 1.2, 老化: 0.8, 网速慢: 0.7,
        排烟不好: 1.2, 排烟不太行: 1.2, 排烟差: 1.2, 排烟不行: 1.2, 一身烟味: 1.0, 出来一身味: 1.0, 没有电梯: 1.1, 没电梯: 1.1, 电视信号: 0.8, 电视看不了: 1.1, 电视坏: 1.1,
        香薰味太重: 1.1, 油漆味: 1.0, 有点油漆味: 1.0, 网速很慢: 1.0, 网速慢得: 1.0, 在维修: 0.8, 维修中: 0.8, 没开放: 0.7, 工地: 1.0, 施工: 1.0, 电钻: 1.1, 拆楼: 1.1, 装修噪音: 1.3,
        // Room faults hotel guests name in passing, in words the lists above lacked (车位紧张, 窗子关不上, 隔壁在装修, 热水来得慢).
        车位紧张: 1.1, 车位不够: 1.0, 窗户关不上: 1.0, 窗子关不上: 1.0, 窗户关不严: 1.0, 隔壁在装修: 1.1, 隔壁装修: 1.1, 楼上在装修: 1.1, 楼上装修: 1.1, 装修的声音: 1.1, 热水来得慢: 1.1, 热水要等: 1.0,
        跳蚤: 1.3, 虱子: 1.3, 床虱: 1.4, 有些年头: 0.9, 有年头了: 0.9, 磕掉了漆: 1.0, 水渍: 1.0, 霉斑: 1.2,
        dated: 0.9, 'worn out': 1.0, 'a bit worn': 0.9, worn: 0.6, 'no elevator': 1.1, 'no lift': 1.0, construction: 0.9, renovation: 0.8, 'under renovation': 1.0, fleas: 1.3, 'was closed': 0.7, 'too crowded': 1.0,
        店里太热: 1.2, 店内太热: 1.2, 店里很热: 1.1, 店内很热: 1.1, 屋里很热: 1.0, 屋里太热: 1.1, 房间很热: 1.1, 房间太热: 1.2, 闷热: 1.0, 很闷: 0.7, 太闷: 0.8,
        店里很冷: 1.1, 店里太冷: 1.2, 房间很冷: 1.1, 房间太冷: 1.2, 大厅很冷: 1.0, 没有空调: 1.1, 没空调: 1.1, 空调不开: 1.1, 不开空调: 1.1, 空调不给力: 1.1, 冷气不足: 1.1, 暖气不热: 1.2, 暖气不足: 1.1, 没有暖气: 1.1, 没暖气: 1.1,
        桌子没擦: 1.2, 桌子没有擦: 1.2, 没擦干净: 1.1, 桌子脏: 1.3, 桌子黏: 1.1, 有人抽烟: 1.1, 抽烟没人管: 1.2, 二手烟: 1.2, 座位很挤: 1.0, 座位太挤: 1.1, 桌子太小: 0.9, 偏远: 0.8,
        浑浊: 1.0, 没人打扫: 1.2, 滑倒: 0.8, 没人清: 1.0, 臭气熏天: 1.2, 音乐声: 1.0, 震天响: 1.1,
        环境差: 1.3, 环境脏: 1.4, 卫生差: 1.3, 脏: 1.0, 不干净: 1.1, 脏乱: 1.3, 灰尘: 1.0, 霉味: 1.2,
        异味: 0.7, 房间有异味: 1.2, 房间里有异味: 1.2, 房里有异味: 1.2, 屋里有异味: 1.2, 卫生间有异味: 1.2, 浴室有异味: 1.2, 厕所有异味: 1.2, 走廊有异味: 1.2, 店里有异味: 1.2, 潮湿: 1.0, 蟑螂: 1.3, 老鼠: 1.3, 臭虫: 1.3, 
        隔音: 1.1, 噪音: 1.1, 太吵: 1.2, 吵: 0.7, 设备老旧: 1.2, 破旧: 1.0, 陈旧: 0.9, 简陋: 1.0,
        没有热水: 1.1, 拥挤: 0.9, 
        烟味: 1.1, 油烟: 0.9,
        dirty: 1.0, filthy: 1.3, unclean: 1.2, smell: 0.8, smelled: 0.9, smells: 0.9, stink: 1.0, stinks: 1.0,
        noisy: 1.1, noise: 1.0, loud: 0.7, cockroach: 1.3, cockroaches: 1.3, roaches: 1.3, mold: 1.0, mould: 1.0,
        bedbugs: 1.4, 'bed bugs': 1.4, stained: 1.0, stains: 0.9, 
        
        crowded: 0.9, facilities: 0.9, hygiene: 0.9, dusty: 1.0, 'run-down': 1.1, rundown: 1.0,
        // Premises faults as English reviewers name them in passing, often inside praise ("rooms need updating but clean",
        // "bit of a trek from the MTR", "wifi kept dropping"): no fault word of the list above, so the model saw no evidence.
        shabby: 1.1, 'needs updating': 1.0, 'need updating': 1.0, 'needs a refresh': 1.0, 'needs renovating': 1.0, 'old and tired': 1.0,
        'looking tired': 0.9, 'looks tired': 0.9, cramped: 1.0, creaky: 1.0, creaks: 0.9, peeling: 1.0, chipped: 0.8, wobbly: 0.8,
        flickering: 1.0, 'out of order': 1.1, 'out of service': 1.1, 'kept dropping': 1.0, 'keeps dropping': 1.0, 'wifi dropped': 1.1,
        'slow wifi': 1.1, 'weak wifi': 1.1, 'middle of nowhere': 1.0, 'a trek': 0.8, smoky: 0.8, stuffy: 1.0, 'smelled of': 0.8,
        'smelt of': 0.8, 'funny smell': 1.0, 'tiny rooms': 1.1, 'small rooms': 1.0, 'rooms are small': 1.0, 'rooms were small': 1.0,
        'small room': 0.9, 'bed bug': 1.4, bedbug: 1.4, mice: 1.1, rats: 1.1, ants: 1.0, 'a dump': 1.0, overflowing: 0.9, freezing: 0.8,
        'paper-thin': 1.3,
        // Premises faults English guests tell by what they found, heard or had to do, with no fault word the lists above hold
        // ("bring earplugs", "music till 2am", "sticky tables", "a hair on the duvet", "mouse droppings", "the lighting is so dim").
        earplugs: 1.1, 'ear plugs': 1.1, 'walls a bit thin': 1.2, 'walls are thin': 1.2, 'music till': 1.0, 'music until': 1.0, partying: 0.9,
        'kept us awake': 1.1, 'kept us up': 1.0, 'kept me awake': 1.1, 'kept me up': 1.0, 'woke us up': 0.8, 'woken up by': 0.9, 'woken by': 0.8,
        drilling: 1.0, hammering: 0.9, 'building site': 1.0, 'building work': 1.0, 'traffic noise': 1.1, 'street noise': 1.1, blaring: 0.9,
        'doors slamming': 1.0, 'slamming doors': 1.0, 'sticky table': 1.0, 'sticky tables': 1.0, 'sticky floor': 1.0, 'sticky menu': 1.0, 'sticky menus': 0.9, grimy: 1.1, grubby: 1.0, crumbs: 0.8, 'not wiped': 1.0, "hadn't been wiped": 1.1,
        "wasn't wiped": 1.0, 'hair on the': 0.9, 'hairs on the': 1.0, 'hair in the bath': 1.0, 'hair in the shower': 1.0, 'hair in the sink': 1.0,
        'pubic hair': 1.0, droppings: 1.2, mosquitoes: 1.0, cobwebs: 1.1, reeked: 1.0, reeks: 1.0, stank: 1.0, stench: 1.1, sewage: 1.1,
        'smell of damp': 1.1, 'damp smell': 1.1, 'cold shower': 0.9, 'lukewarm water': 1.0, 'water pressure': 0.8, trickle: 0.9, 'so dim': 1.0,
        'too dim': 1.0, 'too dark': 0.8, "curtains don't": 1.0, "curtains didn't": 1.0, 'no blackout': 1.0, 'no soap': 1.0, 'no toilet paper': 1.1,
        'no handrail': 1.1, 'no air con': 1.1, 'no aircon': 1.1, 'no ac': 1.0, 'no heating': 1.1, "heating didn't": 1.1, "heating wasn't": 1.0,
        sweltering: 1.0, 'out of the way': 0.8, 'no parking': 1.0, 'parking is tight': 1.0, 'tight parking': 1.0,
        'from the ceiling': 1.0, 'power cut': 1.1, 'power outage': 1.1, 'no electricity': 1.1, 'no power': 1.0, 'no light': 0.9,
        'wait for the lift': 1.0, 'waiting for the lift': 1.0, 'wait for the elevator': 1.0, 'waiting for the elevator': 1.0, 'only worked in the lobby': 1.1,
      },
      topics: {
        床单: 0.8, 被子: 0.6, 毛巾: 0.7, 马桶: 0.9, 空调: 0.8, 热水: 0.6, 停车: 0.7, 停车场: 0.7, 电梯: 0.7, 座位: 0.5, 桌子: 0.5, 地板: 0.6, 厕所: 0.9, 卫生间: 0.8, 浴室: 0.8, 淋浴: 0.7, 房间: 0.4, 窗户: 0.5, 装修: 0.7, 设施: 0.9, 卫生: 0.8, sheets: 0.7, towels: 0.6, toilet: 0.8, bathroom: 0.7, shower: 0.7, 'wi-fi': 0.6, lifts: 0.5, generator: 0.5, ceiling: 0.4, 'air conditioning': 0.8, 'air conditioner': 0.8, heating: 0.6, 'hot water': 0.8, parking: 0.6, elevator: 0.6, lift: 0.3,
        打扫: 0.6, 地上: 0.4, 音乐: 0.5, 环境: 0.6, 酒店: 0.2, 大堂: 0.4, 店里: 0.2, room: 0.3, lobby: 0.4, hotel: 0.2, restaurant: 0.15,
        // What guests and diners name when they find fault with the premises in their own words ("电视信号差", "车位紧张").
        电视: 0.5, 信号: 0.4, 网速: 0.7, wifi: 0.6, 上网: 0.6, 宽带: 0.6, 无线网: 0.6, 插座: 0.5, 灯光: 0.5, 地毯: 0.6, 隔壁: 0.4, 走廊: 0.4, 泳池: 0.6, 健身房: 0.6,
        车位: 0.6, 浴缸: 0.5, 花洒: 0.6, 下水: 0.6, 地漏: 0.6, 吹风机: 0.5, 烧水壶: 0.5, 暖气: 0.7, 冷气: 0.6, 门锁: 0.5, 交通: 0.4,
        包间: 0.3, 大厅: 0.3, 椅子: 0.4, 凳子: 0.4, 排风: 0.6, 排烟: 0.6 },
    },
    {
      id: 'responsiveness',
      labelZh: '响应时效',
      labelEn: 'Responsiveness',
      description: 'Slow or no response from support or the business; unreachable hotlines; issues left unresolved for long.',
      keywords: {
        // A service line that will not answer: 人工客服 queued, a ticket left 待处理.
        人工客服: 0.5, 待处理: 0.8,
        // 东北 磨叽: staff dawdling (服务员老磨叽了, 结个账磨磨叽叽).
        磨叽: 1.0,
        办入住: 0.6, 入住等了: 1.2, 才办好入住: 1.1, 才办完入住: 1.1, 才办上入住: 1.1, 等了半个小时: 0.9, 等了半小时: 0.9, 等了很久: 0.9, 等了好久: 0.9, 等太久: 1.0, 等了太久: 1.0, 等位: 0.6, 排队太久: 1.2, 排了很久: 1.1, 上菜速度慢: 1.4, 上菜速度太慢: 1.4, 出菜慢: 1.3, 菜上得慢: 1.4, 菜上的慢: 1.4, 迟迟不上: 1.3, 催了好几次: 1.2, 催了几次: 1.1, 叫了半天: 1.2, 喊了半天: 1.2, 叫服务员: 0.6, 没人来: 1.1, 半天没人: 1.2, 一直没人来: 1.3, 没人来修: 1.3, 反映了半天: 1.2, 商家不接单: 1.3, 商家一直没接单: 1.4, 接单太慢: 1.3, 前台就一个人: 1.1, 退房慢: 1.1, 'check-in took': 1.2, 'waited for': 0.7, 'slow service': 1.3, 'service was slow': 1.4, 'took ages': 1.1, 'took forever to': 1.1, 'no one came': 1.3, 'nobody came': 1.3, 'never came': 1.0, 'never showed up': 1.1, 'no one showed up': 1.2,
        接单慢: 1.1, 商家接单: 0.5,
        上菜太慢: 1.4, 上菜慢: 1.4, 上菜很慢: 1.4, 出餐慢: 1.3, 出餐太慢: 1.3, 排了: 0.8, 排队: 0.7, 要排: 0.8, 没人联系: 1.2, 没人送: 1.0, 都没来: 1.0, 没来: 0.7, 问了三次: 1.0, 都说马上: 1.0, 还是没有解决: 1.1, 'no explanation': 0.8, waited: 0.5,
        没人理: 1.3, 没人搭理: 1.3, 不回信: 1.2, 没答复: 1.2, 没有答复: 1.2, 找不到客服: 1.2, 没有客服: 1.0, 客服不在: 1.1, 没人回: 1.3, 没人管: 1.2, 没人处理: 1.3, 不回复: 1.3, 不回: 0.9, 回复慢: 1.3, 没有回复: 1.3, 没回复: 1.3,
        联系不上: 1.3, 打不通: 1.3, 没人接: 1.3, 一直占线: 1.2, 转人工: 1.0, 机器人: 0.7, 处理慢: 1.2, 迟迟没有: 1.0,
        石沉大海: 1.4, 没有下文: 1.3, 至今没有: 1.0, 一直没解决: 1.2, 还没解决: 1.1, 没解决: 0.9, 拖延: 1.1, 一直拖: 1.1,
        催了: 0.8, 多次联系: 1.1, 没有回音: 1.3, 效率低: 1.1, 效率太低: 1.2, 等了三天: 0.9, 等了一周: 1.0, 
        推诿: 1.0, 一直等: 0.7, 回电: 0.7, 不了了之: 1.2, 
        'no response': 1.4, 'no reply': 1.4, 'never replied': 1.4, 'never responded': 1.4, "didn't respond": 1.3,
        "haven't heard back": 1.3, 'not heard back': 1.3, unresponsive: 1.3, 'on hold': 1.1, 'hold for': 1.1,
        'nobody answers': 1.3, 'no one answers': 1.3, 'nobody answered': 1.3, 'no one answered': 1.3, 'nobody picks up': 1.3, 'no one picks up': 1.3, 'nobody picked up': 1.3, 'no one picked up': 1.3, "doesn't answer": 1.1, "didn't answer": 1.1, 'never answer': 1.2, 'never answers': 1.2, 'never picks up': 1.2,
        'still waiting': 0.8, ignored: 1.0, 'no one': 0.6, nobody: 0.6, 'follow up': 0.6, 'called back': 0.6,
        'call back': 0.7, callback: 0.8, chatbot: 0.8, 'no answer': 1.1, 'kept transferring': 1.2, transferred: 0.7,
        'days later': 0.6, 'weeks later': 0.7, 'still unresolved': 1.2, unresolved: 1.0, 'passed around': 1.1,
      },
      topics: {
        上菜: 0.8, 进度: 0.6, 报修: 0.6, 挂号: 0.6, 反映: 0.6, 没人: 0.6,
        客服: 0.6, 热线: 0.6, 工单: 0.7, 反馈: 0.3, 回复: 0.4, 处理: 0.3, 解决: 0.3,
        'customer service': 0.6, support: 0.5, ticket: 0.7, helpline: 0.7, hotline: 0.7, email: 0.3, response: 0.6,
      },
    },
    {
      id: 'digital_experience',
      labelZh: '线上体验',
      labelEn: 'Digital experience',
      description: 'Apps, websites, mini-programs, online payment and account access not working or hard to use.',
      keywords: {
        // Said as customers say it (session 44's short-review batteries): 定位老跳 and the like.
        定位老跳: 1.0,
        // Money that will not move and an account that will not open (无法提现, 转账失败, 注册不了).
        无法提现: 1.3, 提现失败: 1.3, 转账失败: 1.3, 注册不了: 1.2,
        // Banking and service apps as customers tell them: a check that fails, the system busy or down.
        识别失败: 1.2, 系统繁忙: 1.2, 网络异常: 1.0, 系统维护: 1.0,
        app上: 0.6, 订单显示: 0.8, 显示已: 0.5, 系统显示: 1.0, 网上预订: 0.8, 预订系统: 1.0, 订房系统: 1.0, 查不到订单: 1.2, 查不到预订: 1.2, 没有预订记录: 1.2, 扫码点餐: 0.7, 扫码: 0.4, 点单系统: 1.0, 小程序点: 0.7, 付不了款: 1.3, 付款不成功: 1.3, 支付不了: 1.3, 无法支付: 1.3, 下不了单: 1.3, 页面卡: 1.2, 一直转圈: 1.2, 闪退了: 1.4, 'the app': 0.8, 'app crashed': 1.4, 'booking system': 1.1, 'online booking': 0.9, 'website was': 0.8,
        没反应: 0.8,
        app打不开: 1.3, 网页打不开: 1.2, 页面打不开: 1.2, 小程序打不开: 1.3, 闪退: 1.4, 卡顿: 1.2, 卡死: 1.3, 白屏: 1.3, 报错: 1.2, 无法登录: 1.4, 登不上: 1.4, 登录不了: 1.4,
        验证码: 0.9, 收不到验证码: 1.3, 加载: 0.8, 加载不出: 1.2, 支付失败: 1.3, 付款失败: 1.3, 下单失败: 1.3,
        提交失败: 1.3, 系统: 0.7, 系统故障: 1.3, 系统问题: 1.2, 页面: 0.5, 界面: 0.9, 难用: 1.1, bug: 1.2,
        更新后: 1.0, 升级后: 1.0, 崩了: 1.0, 掉线: 1.0,
        // The app's map pin, a QR code that will not scan, an order stuck in the system's confirmation: the system, not the courier or the desk.
        定位错: 1.1, 定位老是错: 1.2, 定位不准: 1.1, 定位偏: 1.0, 扫不出: 1.1, 扫不了: 1.0, 扫码失败: 1.2, 扫不上: 1.0, 确认中: 0.9, 显示未支付: 1.2, 显示支付失败: 1.3,
        crash: 1.2, crashes: 1.3, crashed: 1.2, crashing: 1.3, glitch: 1.2, glitchy: 1.2, buggy: 1.3, error: 0.9,
        'error message': 1.2, "won't load": 1.3, 'not loading': 1.2, 'keeps loading': 1.2, freezes: 1.2, frozen: 0.9,
        "can't log in": 1.4, 'cannot log in': 1.4, "can't login": 1.4, 'unable to log in': 1.4, 
        'password reset': 1.1, 'payment failed': 1.3, 'verification code': 1.0,
        'after the update': 1.2, 'latest update': 1.1, laggy: 1.1, 'the website': 0.7, 'the site': 0.6, 'web page': 0.8,
        'no signal': 1.0, 'dropped calls': 1.1, 'internet keeps': 1.1,
        // An app or site misbehaving as English customers describe it, with no error word ("spinner forever", "timed out", "map not updating").
        'timed out': 1.2, 'times out': 1.2, spinner: 1.0, 'not updating': 1.1, 'stopped updating': 1.1, 'system was down': 1.3, 'system is down': 1.3,
        'went wrong': 0.9, "won't let me": 1.1, "wouldn't let me": 1.1, 'wont let me': 1.1, 'wouldnt let me': 1.1, 'qr menu': 0.9, 'qr code': 0.8, 
      },
      topics: {
        登录: 0.7, login: 0.8, 'log in': 0.8, 'sign in': 0.8, checkout: 0.9,
        app: 0.8, 软件: 0.7, 网站: 0.8, 网页: 0.8, 小程序: 0.9, 公众号: 0.6, 官网: 0.7, 网银: 0.8, 手机银行: 0.8, 网络: 0.5,
        website: 0.5, online: 0.4, 'mobile banking': 0.8, interface: 0.7, account: 0.3,
      },
    },
    {
      id: 'privacy_security',
      labelZh: '隐私安全',
      labelEn: 'Privacy & security',
      description: 'Personal data leaked, sold or misused; spam and harassment calls; stolen accounts or unauthorised transactions.',
      keywords: {
        // Marketing calls and texts by their other names.
        营销电话: 1.3, 营销短信: 1.3, 贷款电话: 1.1,
        小卡片: 1.4, 小广告: 1.1, 塞门缝: 1.3, 门缝: 0.8, 色情: 1.2, 按摩: 0.6, 半夜电话: 1.2, 半夜打电话: 1.2, 骚扰我: 1.2, 陌生电话: 1.0, 信息被泄露: 1.5, 号码被泄露: 1.5, 个人信息被: 1.4, 丢东西: 1.2, 东西丢了: 1.2, 被偷: 1.4, 失窃: 1.4, 门锁不: 1.0, 锁不上: 1.2, 不安全: 1.1, 没有安全感: 1.2, 陌生人进: 1.4, 'spam': 0.8, 'stolen from': 1.3, 'lock was broken': 1.3, 'door lock': 1.0, 'felt unsafe': 1.3,
        // English: a car broken into, feeling unsafe with a degree (felt really unsafe), other customers' data shown to you.
        'broken into': 1.4, 'really unsafe': 1.3, 'so unsafe': 1.3, 'very unsafe': 1.3, 'privacy issue': 1.3, 'privacy breach': 1.4, "other customers' names": 1.3, "other customers' details": 1.3,
        通讯录: 1.0, 权限: 0.9,
        // Calls to a hotel room offering "massage": the hotel's harassment calls of the guide.
        要不要按摩: 1.4, 需不需要按摩: 1.4, 需要按摩: 1.2, 要按摩吗: 1.4, 特殊服务: 1.3, 按摩服务: 1.1,
        隐私: 1.2, 泄露: 1.3, 信息泄露: 1.5, 个人信息: 1.1, 骚扰电话: 1.4, 骚扰短信: 1.4, 骚扰: 1.0, 推销电话: 1.2,
        被盗: 1.3, 盗刷: 1.5, 盗号: 1.4, 账号被盗: 1.5, 诈骗: 1.1, 冒充: 1.1, 未经同意: 1.3, 未经允许: 1.3, 未经我同意: 1.3,
        偷拍: 1.4, 针孔摄像头: 1.5, 房间里有摄像头: 1.4, 卖了我的信息: 1.5, 莫名其妙的扣款: 0.8, 被开通: 1.0, 陌生人: 0.7, 安全隐患: 0.9,
        privacy: 1.3, 'data breach': 1.5, leaked: 1.3, 'personal information': 1.1, 'personal data': 1.2,
        'spam calls': 1.3, 'scam calls': 1.3, 'spam texts': 1.2, hacked: 1.4, stolen: 1.0, unauthorized: 1.3,
        unauthorised: 1.3, fraudulent: 1.2, 'identity theft': 1.5, 'without consent': 1.3, 'without my consent': 1.4,
        'without my permission': 1.3, phishing: 1.3, 'sold my data': 1.5, 'sold my information': 1.5, 'my data': 0.8,
        // Safety and privacy as guests and customers tell it ("someone went through my bag", "walked in on me", "kept texting me", "the fire exit was chained").
        'went through my': 1.2, 'walked in on': 1.3, 'kept texting me': 1.2, 'kept messaging me': 1.2, 'kept calling me': 1.0, 'got my number': 1.2,
        creepy: 1.1, 'fire exit': 0.9, dangerous: 0.9, unsafe: 1.1, 'could get hurt': 1.1, 'going to fall': 1.0,
        
      },
      topics: { 身份证: 0.7, security: 0.6, 监控: 0.6, },
    },
  ],
};
