import type { WordLists } from '../word-lists.ts';
import { counts } from './counts.ts';

/**
 * A stranger following the guest or at her door, with words between ("有陌生男人在走廊跟着我到房门口", "一个不认识的男的一路跟到我房间"): the
 * phrase list names only the joined forms (陌生男人跟着我). Feeling watched is not it: 跟着我 or 跟到 says it happened.
 */
const STRANGER_FOLLOWING = /(?:陌生|不认识的|(?:一个|有个|一位)(?:男的|男人|男子))[^，。！？,.!?]{0,10}?(?:跟着我|跟到|跟进|尾随)/g;
/** "一个男的服务员跟着我到房门口帮我拿行李": a worker walking the guest up. */
const WALKED_UP_BY_A_WORKER = /服务员|行李员|门童|保安|前台|帮我|帮忙/;
/** A stranger walking into the room, told from inside it ("半夜进来一个陌生男的"). */
const STRANGER_WALKING_IN = new RegExp('(?:进来|闯进来|走进来|闯了进来|走了进来)了?(?:一个|个)?(?:陌生|不认识)', 'g');
/**
 * A camera found hidden in the room ("在排气扇里发现一个摄像头", "插座里藏着镜头"): the corridor's cameras are the hotel's own, and
 * "发现没有摄像头" finds none.
 */
const HIDDEN_CAMERA = new RegExp('(?:发现|藏着?|藏了)[^，。！？,.!?没无]{0,10}?(?:摄像头|镜头|摄像机)', 'g');
/**
 * The same told by the second look that found it ("小红点一闪一闪的，拆开一看是摄像头") or by the fixture it sat in ("插座孔里有个镜头",
 * "烟感上面装着一个小镜头"); a camera in the corridor or the lobby is in none of these.
 */
const CAMERA_LOOKED_AT = new RegExp('(?:一看|一照|细看|原来|竟然|居然)(?:是|竟然是|居然是)?(?:个|一个)?(?:小|针孔)?(?:摄像头|镜头|摄像机)', 'g');
const CAMERA_IN_A_FIXTURE = new RegExp('(?:孔|缝|插座|烟感|报警器|排气扇|电视|空调|路由器|充电器|闹钟|时钟|台灯|灯罩|天花板|镜子|挂画|装饰画|花盆|音箱|机顶盒)[^，。！？,.!?没无]{0,4}?(?:里|后面|上|中)面?(?:有|藏着?|装着?)(?:个|一个)?(?:小|针孔)?(?:摄像头|镜头|摄像机)', 'g');
/**
 * A worker of the business threatening the customer ("骑手打电话威胁我说敢差评就等着", "老板恐吓我们"): a personal-safety incident, where
 * "这是威胁吗" asks and "呵呵哒 威胁我呢" names no one.
 */
const WORKER_THREAT = new RegExp('(?:骑手|外卖员|外卖小哥|送餐员|配送员|快递员|快递小哥|老板娘?|商家|店家|店员|前台|服务员|保安|经理|司机|师傅)[^。！？!?]{0,12}?(?:威胁|恐吓)(?![吗么嘛])', 'g');
/** Someone trying the guest's door from outside, told with words between ("半夜听到有人转门把", "有人在外面拧了好几下门把手"). */
const SOMEONE_TRYING_THE_DOOR = new RegExp('有人[^，。！？,.!?]{0,6}?(?:转|拧|扭|掰|拽)[^，。！？,.!?]{0,4}?(?:门把|把手)', 'g');
/** Someone walking in on the guest through the door ("半夜有人直接推门进来了"); housekeeping coming in to clean or bring something is the service. */
const SOMEONE_WALKING_IN = new RegExp('有人[^，。！？,.!?]{0,4}?(?:推门|推开门|开门|打开门|刷卡|刷开门|闯)进来(?![打送收查修换补])', 'g');
/** The camera of a phone or a tablet told by its spot on the device ("贴完膜发现摄像头那里有黄色的斑点", "发现摄像头的地方还有划痕"). */
const CAMERA_OF_THE_GOODS = /^(?:那里|那块|的地方|周围|边上|模组|有划|划痕|的划|有斑|斑点|进灰|有灰)/;
const CAMERA_PATTERNS: ReadonlySet<RegExp> = new Set([HIDDEN_CAMERA, CAMERA_LOOKED_AT, CAMERA_IN_A_FIXTURE]);
export const PERSONAL_SAFETY: readonly (readonly [readonly string[], RegExp])[] = [
  [['门把', '把手'], SOMEONE_TRYING_THE_DOOR],
  [['进来'], SOMEONE_WALKING_IN],
  [['陌生', '不认识', '男的', '男人', '男子'], STRANGER_FOLLOWING],
  [['威胁', '恐吓'], WORKER_THREAT],
  [['进来'], STRANGER_WALKING_IN],
  [['摄像', '镜头'], HIDDEN_CAMERA],
  [['摄像', '镜头'], CAMERA_LOOKED_AT],
  [['摄像', '镜头'], CAMERA_IN_A_FIXTURE],
];

export function personalSafetyIncident(text: string, held: WordLists, sentimentScore: number): string | undefined {
  for (let p = 0; p < PERSONAL_SAFETY.length; p++) {
    const [words, pattern] = PERSONAL_SAFETY[p]!;
    if (!held.holds(words)) continue;
    for (const incident of text.matchAll(pattern)) {
      if (pattern === STRANGER_FOLLOWING && WALKED_UP_BY_A_WORKER.test(incident[0])) continue;
      if (CAMERA_PATTERNS.has(pattern) && CAMERA_OF_THE_GOODS.test(text.slice(incident.index + incident[0].length, incident.index + incident[0].length + 4))) continue;
      if (counts('theft', text, incident.index, incident.index + incident[0].length, sentimentScore)) return incident[0];
    }
  }
  return undefined;
}
