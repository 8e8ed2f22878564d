import { emailChannel } from './email/index.ts';
import { formsChannel } from './forms/index.ts';
import { tencentSmsChannel } from './tencent-sms/index.ts';
import { twilioSmsChannel } from './twilio-sms/index.ts';
import type { ChannelPlugin } from './types.ts';
import { wechatChannel } from './wechat/index.ts';

/** Every channel the ingest app serves; adding a channel is one line here. */
export const channels: readonly ChannelPlugin[] = [
  formsChannel,
  wechatChannel,
  twilioSmsChannel,
  tencentSmsChannel,
  emailChannel,
];
