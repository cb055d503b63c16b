/**
 * The explicit list of channels. Adding a channel = one folder in channels/
 * and one line here; the contract suite in tests/contract runs over this list.
 */
import type { ChannelAdapter, ChannelType } from './types.js';
import { lineAdapter } from './line/line.adapter.js';
import { teamsAdapter } from './teams/teams.adapter.js';
import { telegramAdapter } from './telegram/telegram.adapter.js';
import { wechatAdapter } from './wechat/wechat.adapter.js';
import { webchatAdapter } from './webchat/webchat.adapter.js';
import { whatsappWebAdapter } from './whatsapp-web/whatsapp-web.adapter.js';
import { whatsappAdapter } from './whatsapp/whatsapp.adapter.js';

// Each adapter has its own credentials type; the registry erases it and the
// core validates credentials with the adapter's own schema before use.

export const adapters: ReadonlyArray<ChannelAdapter<unknown>> = [
  webchatAdapter as unknown as ChannelAdapter<unknown>,
  telegramAdapter as unknown as ChannelAdapter<unknown>,
  lineAdapter as unknown as ChannelAdapter<unknown>,
  teamsAdapter as unknown as ChannelAdapter<unknown>,
  whatsappWebAdapter as unknown as ChannelAdapter<unknown>,
  whatsappAdapter as unknown as ChannelAdapter<unknown>,
  wechatAdapter as unknown as ChannelAdapter<unknown>,
];

export function getAdapter(type: string): ChannelAdapter<unknown> | undefined {
  return adapters.find((a) => a.type === type);
}

export function isChannelType(type: string): type is ChannelType {
  return adapters.some((a) => a.type === type);
}

