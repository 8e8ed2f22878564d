import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/** Where the guests or the works beside the room are. */
export const NEIGHBOURS = ['隔壁', '楼上', '楼下', '走廊', '过道', '对面房间'] as const;
const NEIGHBOUR = new RegExp(NEIGHBOURS.join('|'));
/** Through the night, or at an hour meant for sleep: 一晚上, 一宿, 半夜, 凌晨, 到三点, 早上五点. */
const AT_NIGHT = /一晚上|一整晚|一整夜|一夜|一宿|整晚|整夜|通宵|半夜|深夜|凌晨|到[一二两三四五\d]点|早上[五六\d]点/;
/** Someone making a noise: crying, shouting, running, talking, drinking games, cards, drilling, dragging. */
const MAKING_NOISE = /哭|叫|喊|闹|跑|跺|蹦|说话|聊天|打电话|喝酒|划拳|唱歌|打牌|麻将|装修|电钻|拖|咚咚|声音|动静/;
/** Someone at the guest's door (醉汉半夜在走廊里挨个敲门): an intrusion, privacy_security, not noise. */
const AT_THE_DOOR = /敲门|拧门|开门|撬门|醉汉|陌生人/;
/** The night said quiet after all: 楼下有酒吧但是一晚上都听不到. */
const QUIET = /安静|听不到|听不见|没声音|没有声音|没什么声音|没动静|不吵|不影响/;

/**
 * "隔壁小孩哭了一晚上", "走廊里有人大声打电话到半夜": the guests or the works beside the room heard
 * through the night is noise, environment by the guide, but told as what they did, with no 吵 or
 * 隔音, it gave the model nothing. Named when one sentence puts someone beside the room making a
 * noise at night, does not say it was quiet after all and puts no one at the guest's door.
 */
export function typesForNeighboursAllNight(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const neighbour = NEIGHBOUR.exec(sentence);
    if (neighbour && AT_NIGHT.test(sentence) && MAKING_NOISE.test(sentence) && !QUIET.test(sentence) && !AT_THE_DOOR.test(sentence)) return withNamedType(types, PREMISES_TYPE, neighbour[0]);
  }
  return types;
}
