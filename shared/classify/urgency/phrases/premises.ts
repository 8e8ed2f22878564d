import { listed } from './listed.ts';

/** A danger in the building, told as what the guest saw: it counts inside a long, happy review too ("good hotel but the fire exit was chained shut"). */

/** Sparks, however they are told (插充电器的时候冒了火花, 排风扇…直接冒火星了): from a fitting, never a joke or thanks (checked below; a grill's are cooking). */
export const SPARKS = listed('冒火花|冒火星|冒了火花|冒出火花|冒出了火花|冒了火星|冒出火星|冒出了火星|起了火花|蹦出火花|闪了火花');

export const PREMISES_DANGER = [
  ...listed('安全通道的门是锁|安全通道的门被锁|安全通道的门还被锁|安全通道被锁|安全通道锁着|安全出口被锁|安全出口锁着|安全出口的门是锁'),
  ...listed('loose railing|railing is loose|railing was loose|wobbly railing|wobbly balcony railing|loose balcony railing|railing wobbl*'),
  // A railing a child could get over, as the English say it ("a waist-high railing you could climb over, on the 9th floor").
  ...listed('waist-high railing|waist high railing|low railing|railing you could climb|climb over the railing|climb over the balcony'),
  ...listed('wires showing|wires hanging out|wires sticking out|exposed wiring|bare wires|live wires|chained shut|fire exit was locked|fire exit was blocked|fire exits were locked|fire exits were blocked'),
  'smelled strongly of gas', 'smelt strongly of gas', 'strong smell of gas', 'reeked of gas', 'stank of gas',
];

/** A railing told by where it reaches (护栏就到我腰): of a railing only, checked in urgency/safety.ts; "水才到腰" is a shallow pool. */
export const RAILING_REACH = listed('就到我腰|只到我腰|才到我腰|只到腰|才到腰');

/** A danger to safety: in the building, its fittings, its lift and its pool. */
export const SAFETY_PHRASES = [
  ...listed('安全隐患|漏电|触电|爆炸|起火|着火|失火|冒烟|煤气泄漏|燃气泄漏|漏煤气|漏燃气|煤气漏气|燃气漏气|天然气漏|一氧化碳|电线裸露|电线外露'),
  '消防通道', '逃生通道', '楼道全是烟', '走廊全是烟', '楼道里全是烟', '走廊里全是烟', '浓烟', '安全出口锁', '安全出口被锁', '安全出口也锁', '安全出口还锁', '没灭火器', '没有灭火器', '灭火器过期', '吊灯掉', '栏杆松', '栏杆是松', ...SPARKS, '被电到', '电到了', '被电了', '被电麻', '电麻了', '电了一下', '被电击', '锁不上门', '门锁不上', '门锁不住', '锁不住', '锁不上', '天花板掉', '吊顶掉', '砸到', '砸伤', '差点砸', '不安全', '很危险', '太危险', '危险',
  // A room door that will not keep anyone out: 门锁坏的，随便一推就开, 房门没法反锁 (not 门锁坏了进不去, a guest locked out).
  ...listed('随便一推就开|随便一推门就开|从里面锁不了|从里面锁不上|里面锁不了|防盗链是坏的|防盗链坏了|防盗链也是坏的|锁也关不严|门锁关不严|反锁不了|反锁不上|不能反锁|没法反锁|无法反锁|锁不了门'),
  '铜丝露', '铜线露', '电线露', ...['露着', '露出', '露出了'].flatMap((bare) => [`${bare}铜丝`, `${bare}铜线`]), '电线破了', '电线都破了', '线皮破', '线皮都破', '电线破皮', '塑料烧焦', '塑胶烧焦', '插座烧焦', '电线打火', '插座打火', '插头打火', '开关打火', '打火花', '插座是烧焦', '插头烧焦', '电线烧焦',
  // A socket sparking when used (插座松了 一插就打火), the smoke alarm taken down (烟雾报警器被拆了, 烟感是被拆掉的; not 烟感响了, a false alarm).
  '一插就打火', '插上就打火', '冒了点火星', '冒了些火星', '冒出了点火星',
  // An extinguisher empty or expired, the smoke alarm missing (走廊的灭火器都是空的, 房间没有烟雾报警器).
  ...listed('灭火器都是空|灭火器是空|灭火器过期|灭火器都过期|灭火器早就过期|没有烟雾报警器|没有烟感|没有灭火器'),
  '一插就冒火', '一开就打火', '一按就打火', '一碰就打火',
  ...['烟雾报警器', '烟感', '烟雾探测器'].flatMap((alarm) => [`${alarm}被拆`, `${alarm}拆了`, `${alarm}拆掉了`, `${alarm}是被拆`, `${alarm}被人拆`, `${alarm}被套`, `${alarm}被人用`]),
  // Glass and chargers that burst: 爆了 alone is a full house or a sold-out dish.
  ...listed('玻璃门爆|玻璃门炸|玻璃爆了|玻璃炸了|充电器爆|充电器炸|充电宝爆|充电宝炸|电池爆|电池炸|插座爆|插座炸|水壶炸|水壶爆'),
  ...listed('危房|瓷砖掉|墙上掉下|天花板上掉下|吊灯掉|灯罩掉|砸到我|砸到了我|砸中我|砸在我'),
  // A low railing, a cracked glass door, trapped in a lift, bare wiring (checked below).
  // A railing said low by any degree (阳台栏杆很低).
  ...['栏杆', '护栏'].flatMap((rail) => ['很', '太', '好', '特别', '非常', '超'].flatMap((degree) => [`${rail}${degree}低`, `${rail}${degree}矮`])), '玻璃门有裂', '玻璃门裂了', '玻璃门碎', '玻璃门突然碎', '玻璃门自己碎', '玻璃突然碎', '关在电梯', '电梯里被关', '卡在两层之间', '卡在楼层之间', '卡在半空', '裸露', '露在外面',
  // Sparks, a lift that drops, a pool where a child nearly drowned.
  // Sparks told with 了 or 出 between (插充电器的时候冒了火花).
  // Shut in, told from inside (电梯突然停了 我们一家被关在里面); 被关在门外 is a guest locked out.
  '被关在里面', '被困在里面', '关在里面出不来', '困在里面出不来', '被关在电梯',
  // Someone else shut in, told from outside (电梯坏了，把一个老人关在里面半个小时).
  '人关在里面', '人困在里面', '人关在电梯', '人困在电梯',
  ...listed('电梯往下掉|电梯突然往下掉|电梯下坠|电梯失控|电梯突然下滑|溺水|差点淹'),
  // A window a child can open wide, a drop with nothing to stop a fall ("窗户没有限位，小孩一推就全开", "阳台没有护栏").
  // A railing told by where it reaches or what it lets through (护栏就到我腰, 孩子一爬就能翻出去).
  ...RAILING_REACH, '就能翻出去', '一爬就能翻', '一爬就翻出去', '就能爬出去', '一爬就出去',
  ...listed('没有限位|没装限位|没有防护栏|没有护栏|没装护栏|没有栏杆|一推就全开'),
  ...listed('燃气味|煤气味|点着了|砸在|线全露|电线都露|报警器是拆|报警器被拆|没有烟雾报警|栏杆松动|护栏松动|差点掉下|差点摔下|玻璃门炸裂|玻璃炸裂|玻璃爆裂|被困|困在电梯'),
  ...PREMISES_DANGER,
  'no smoke alarm', 'no smoke detector', 'glass shattered', 'shower screen shattered', 'glass exploded',
  "didn't latch", 'anyone could walk in', 'fan fell', 'fell from the ceiling', 'ceiling collapsed', 'light fixture fell', 'socket was scorched', 'socket sparked',
  ...listed('fire hazard|caught fire|gas leak|smelled gas|smelt gas|smell of gas|smelled of gas|gas smell|fire exit was|fire exits were|sparking|carbon monoxide|exposed wires|unsafe|dangerous'),
];
