import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';

const PRIVACY_TYPE = 'privacy_security';

/**
 * "半夜电话打到房间问要不要按摩", "接到电话问需不需要特殊服务": a call or a knock at a hotel room offering
 * "massage" is the guide's harassment in hotels (privacy_security, beside 小卡片). The taxonomy's
 * 按摩 is weak on its own (a spa's massage is praised), and the model passed over such calls.
 * The offer must be put as a question to the guest or come by phone, a knock or a card; a knock or a call
 * asking only 要不要服务 at night is the same offer in the words guests report it with.
 */
const SOLICITATION = /(?:要不要|需不需要)(?:按摩|特殊服务|保健服务)|(?:按摩|特殊服务|保健服务)吗|(?:电话|打来|打到房间|敲门|门缝|卡片)[^。！？!?\n]{0,10}(?:按摩|特殊服务|保健服务)|(?:电话|打来|打到房间|敲门)[^。！？!?\n，,]{0,6}(?:要不要|需不需要|需要)服务(?![员费生])/;

/**
 * "半夜有人一直打电话到房间", "凌晨三点房间座机响了好几次", "陌生号码打到房间": unknown callers
 * ringing the room at night or again and again are the guide's harassment calls in hotels, whatever
 * they offer. The model read them as the phone or the night's noise. The caller must be unknown or
 * the ringing at night or on and on: "服务员打电话到房间提醒我们车灯没关" and a wake-up call are not.
 */
const NUISANCE_CALLS =
  /(?:有人|陌生|不明|不知道是谁|不知道谁)[^，。！？,.!?；;]{0,4}(?:打(?:电话)?(?:到|进)房|打房间电话|电话打(?:到|进)房)|(?:半夜|深夜|凌晨)[^，。！？,.!?；;]{0,8}(?:电话|座机)[^，。！？,.!?；;没不]{0,4}响|(?:电话|座机)(?:响个不停|一直响|不停地响|响了一晚|响了一夜|响了好几次)/;

/**
 * "半夜有陌生男人敲门", "凌晨三点有人敲门，问是谁也不说话": someone unknown at the room's door at night is
 * the guide's personal-safety matter in hotels (privacy_security), as all 10 such messages of train and
 * dev are labelled; the model passed over the short ones. At night only (早上八点有人敲门问要不要打扫 is
 * housekeeping), and not a delivery brought up (有人敲门送上来了).
 */
const NIGHT_KNOCK = /(?:半夜|深夜|凌晨|夜里)[^，。！？,.!?；;]{0,8}?(?:有人|陌生|不明|有个男的|有个男人|醉汉)[^，。！？,.!?；;送]{0,6}?(?:敲门|敲我|敲房门|拍门|砸门)(?![^，。！？,.!?；;]{0,4}送)/;

/**
 * "晚上有个醉汉一直拧我房间门把手", "骑手送餐的时候硬要进屋", "陌生人还想往屋里挤", "有个男的一直在我门口徘徊": someone else trying to get in at
 * or hanging about the guest's door is the guide's personal-safety matter (privacy_security); the model, reading 前台 or 骑手, gave
 * the desk or the delivery alone. Someone named first: the guest's own hand on a stuck handle (我拧了半天) is a fitting,
 * a crowd pushing in (大家都往里挤) no one at a door.
 */
const DOOR_TRIED =
  /(?:有人|陌生|醉汉|男的|男人|不认识|骑手|小哥|外卖员|送餐员|快递员)[^。！？!?；;\n]{0,12}?(?:(?:拧|扭|转|推)[^，。！？,.!?；;]{0,4}?门把|往(?:屋|房间|房)?里(?:挤|闯)|(?:硬要|非要|强行|硬是)(?:进|往里)|在我(?:的)?(?:房间?)?门口(?:转悠|徘徊))/;

/** Adds privacy_security when a call, knock or card offered the guest "massage", or unknown callers rang the room or knocked at night, unless the model found it. */
export function typesForRoomSolicitation(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  // Literal pre-checks (a regex scan costs more): every offer names 按摩, 特殊服务, 保健服务 or 要服务, every nuisance call 响, 到房, 进房 or 打房, every knock 门, every try at the door 门把, 里挤, 里闯 or its insistence.
  const offered = text.includes('按摩') || text.includes('特殊服务') || text.includes('保健服务') || text.includes('要服务') ? SOLICITATION.exec(text) : null;
  const found =
    offered ??
    (text.includes('响') || text.includes('到房') || text.includes('进房') || text.includes('打房') ? NUISANCE_CALLS.exec(text) : null) ??
    (text.includes('门') ? NIGHT_KNOCK.exec(text) : null) ??
    (text.includes('门把') || text.includes('里挤') || text.includes('里闯') || text.includes('硬要') || text.includes('非要') || text.includes('强行') || text.includes('硬是') || text.includes('门口') ? DOOR_TRIED.exec(text) : null);
  return found ? withNamedType(types, PRIVACY_TYPE, found[0]) : types;
}

/** A thing that massages (按摩椅, 按摩浴缸, 按摩池): a chair or a bath, no offer made to the guest. */
const MASSAGE_THING = /按摩(?:椅|浴缸|床|池|器|枪|垫|沙发|功能|喷头|花洒)/g;
/** Anything else of privacy or safety told beside it: then the model's type may be that. */
const OTHER_PRIVACY = /卡片|小广告|敲门|骚扰|电话|打来|偷|盗|丢|不见|泄露|隐私|监控|摄像|安全|陌生/;

/**
 * "按摩椅坏了", "按摩浴缸不出水": the model reads the taxonomy's 按摩 (the massage offered at the room's
 * door or phone) into any massaging thing and gives privacy_security to a broken chair or bath.
 * Dropped when every 按摩 of the message is such a thing and nothing else of privacy is told.
 */
export function typesForMassageThingNotPrivacy(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRIVACY_TYPE) || OTHER_PRIVACY.test(text)) return types;
  let massages = 0;
  for (let at = text.indexOf('按摩'); at !== -1; at = text.indexOf('按摩', at + 2)) massages++;
  const things = text.match(MASSAGE_THING)?.length ?? 0;
  return massages > 0 && things === massages ? withoutType(types, PRIVACY_TYPE) : types;
}
