import { COUNTS, listed } from './listed.ts';

/** Harm to the body told as an event: injuries, cuts counted, bites. */

/**
 * Injuries told as events (a burn, a cut that bled, stitches, a fracture): like food poisoning they count inside a
 * long, happy review ("lovely resort… my son cut his foot on a broken tile and needed stitches").
 */
export const INJURED = ['烫伤', '烫到手', '烫到了手', '烫到脚', '烫到腿', '烫到胳膊', '烫到孩子', '烫到宝宝', '个水泡', '个大水泡', '烫得我', '把我烫', '烫到我', '被开水烫', '被热水烫', '被热汤烫', '被热茶烫', '烫起泡', '烫出泡', '烫出了泡', '烫起了泡', '烫了个泡', '烫红',
  // Struck on the body by something falling ("花洒掉下来砸到头"): 砸到 alone is a danger only where a place is named.
  ...['砸到', '砸到了', '砸中', '砸在', '砸了'].flatMap((hit) => ['头', '脑袋', '脚', '手', '腿', '脸', '肩膀', '背'].map((body) => `${hit}${body}`)),
  // A bruise still showing days after (胳膊撞在洗手台上 到现在还青着; checked for a body earlier in its sentence: 芒果还青着 is unripe).
  '还青着',
  // A big blister from a hot fitting (暖气片…手上起了个大泡), a rat's bite on the body (被老鼠咬了脚; 被老鼠咬的苹果 is the goods).
  ...listed('起了个大泡|起了一个大泡|老鼠咬了脚|老鼠咬了手|老鼠咬了我|被老鼠咬了一口'),
  ...listed('骨折|摔断|缝针|缝了几针|缝了两针|缝了三针|缝了好几针|摔伤|流了好多血|流了很多血|流了血|流了不少血|流了一些血|流了一手血|头破了|割伤'),
  ...listed('stitches|cut my foot|cut his foot|cut her foot|cut my hand|cut his hand|cut her hand|cut my finger|burned my|burnt my|scalded|fractured|broke my arm|broke my wrist|broke his arm|broke her arm'),
  // A body part hurt, a blow to the head, a night at a clinic or a hospital, as riders, passengers and customers tell them.
  ...['neck', 'back', 'knee', 'ankle', 'wrist', 'shoulder', 'head', 'leg', 'arm', 'hand', 'foot'].map((part) => `hurt my ${part}`),
  ...listed('whiplash|concussion|broke my leg|broke my ankle|broke my nose|broke my finger|broke my toe'),
  ...listed('ended up in hospital|ended up in the hospital|ended up in a&e|ended up in the er|ended up at urgent care|went to urgent care|go to urgent care'),
  'taken to hospital', 'taken to the hospital', 'in an ambulance', 'called an ambulance'];

/**
 * A cut told by its count or its blood ("脚被划了好几道口子", or the strokes alone: "脚被划了好几道"): an injury when a body is named
 * beside it (checked below); "桌面被划了几道" is the furniture.
 */
export const CUTS_BY_COUNT = ['夹破', '撞破', '条口子', '条血口', '道口子', '个口子', '道血口', '个血口', '划出血', '割出血', '个大口子', '道大口子', '个小口子', '道小口子',
  ...['一', ...COUNTS].flatMap((n) => [`划了${n}道`, `割了${n}道`])];

/** Bites all over or counted ("被咬了几十个包"): bed bugs or fleas harm the guest, mosquitoes are the room's environment (checked below). */
export const BITES_ALL_OVER = ['满身包', '一身包', '全是包', '都是包', '全是咬的', '都是咬的', '咬的红点', '咬得全身', '咬得我全身', '咬得浑身', '咬得我浑身',
  // Bitten told from the body's side ("全身被咬得一粒一粒", "身上被咬了好多"), and the itch that keeps the guest awake.
  ...listed('全身被咬|浑身被咬|身上被咬|一身被咬|痒到睡不着|痒得睡唔着|痒到睡唔着'),
  '咬了一个大包', '咬了个大包', '咬了一个包', ...COUNTS.flatMap((n) => [`咬了${n}个包`, `咬了${n}包`])];
export const BITES_ALL_OVER_SET: ReadonlySet<string> = new Set(BITES_ALL_OVER);
export const MOSQUITO = /蚊/;
export const MOSQUITO_WINDOW = 20;
