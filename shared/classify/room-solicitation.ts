import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PRIVACY_TYPE = 'privacy_security';

/**
 * "半夜电话打到房间问要不要按摩", "接到电话问需不需要特殊服务": a call or a knock at a hotel room offering
 * "massage" is the guide's harassment in hotels (privacy_security, beside 小卡片). The taxonomy's
 * 按摩 is weak on its own (a spa's massage is praised), and the model passed over such calls.
 * The offer must be put as a question to the guest or come by phone, a knock or a card; a knock or a call
 * asking only 要不要服务 at night is the same offer in the words guests report it with.
 */
const SOLICITATION = /(?:要不要|需不需要)(?:按摩|特殊服务|保健服务)|(?:按摩|特殊服务|保健服务)吗|(?:电话|打来|打到房间|敲门|门缝|卡片)[^。！？!?\n]{0,10}(?:按摩|特殊服务|保健服务)|(?:电话|打来|打到房间|敲门)[^。！？!?\n，,]{0,6}(?:要不要|需不需要|需要)服务(?![员费生])/;

/** Adds privacy_security when a call, knock or card offered the guest "massage", unless the model found it. */
export function typesForRoomSolicitation(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  const found = SOLICITATION.exec(text);
  return found ? withNamedType(types, PRIVACY_TYPE, found[0]) : types;
}
