import type { SentimentLabel } from '../../classify/types.ts';
import type { Channel } from '../../event.ts';
import type { AtRiskEntry } from '../../ports.ts';
import type { DigestPeriod } from '../period.ts';
import type { ComplaintTrend } from '../types.ts';

export const DIGEST_LANGUAGES = ['zh', 'en'] as const;
export type DigestLanguage = (typeof DIGEST_LANGUAGES)[number];

/** Every word a digest shows, per language; figures are formatted in format.ts. */
export interface DigestMessages {
  htmlLang: string;
  title: Record<DigestPeriod, string>;
  comparedWith: (previousStart: string, previousEnd: string) => string;
  sections: {
    overview: string;
    channels: string;
    sentiment: string;
    complaints: string;
    rising: string;
    urgent: string;
    atRisk: string;
    responseTimes: string;
  };
  figures: {
    total: string;
    messages: string;
    newCustomers: string;
    satisfactionIndex: string;
    satisfactionIndexHint: string;
    csat: string;
    csatHint: (responses: number) => string;
    meanRating: string;
    nps: string;
    npsHint: (responses: number) => string;
    urgentFlagged: string;
    acknowledge: string;
    resolve: string;
    handled: string;
  };
  columns: {
    thisPeriod: string;
    previousPeriod: string;
    change: string;
    type: string;
    received: string;
    channel: string;
    customer: string;
    reason: string;
    negativesLastWeek: string;
    message: string;
    meanTime: string;
  };
  channel: Record<Channel, string>;
  sentiment: Record<SentimentLabel, string>;
  trend: Record<ComplaintTrend['trend'], string>;
  atRiskReason: Record<AtRiskEntry['reason'], string>;
  risingLine: (type: string, current: number, previous: number) => string;
  chartLegend: { thisPeriod: string; previousPeriod: string };
  none: string;
  moreOpen: string;
  noData: string;
  percentagePoints: string;
  duration: (hours: number, minutes: number) => string;
  footer: (generatedAt: string, timeZone: string) => string;
  privacyNote: string;
}

const zh: DigestMessages = {
  htmlLang: 'zh-CN',
  title: { daily: '客户反馈日报', weekly: '客户反馈周报' },
  comparedWith: (start, end) => (start === end ? `对比 ${start}` : `对比 ${start} 至 ${end}`),
  sections: {
    overview: '概览',
    channels: '各渠道反馈量',
    sentiment: '情绪分布',
    complaints: '主要投诉类型',
    rising: '新近上升的投诉',
    urgent: '尚未处理的紧急反馈',
    atRisk: '流失风险客户',
    responseTimes: '响应时间',
  },
  figures: {
    total: '反馈总量',
    messages: '客户留言',
    newCustomers: '新客户',
    satisfactionIndex: '满意度指数',
    satisfactionIndexHint: '正面占比 − 负面占比',
    csat: 'CSAT 满意率',
    csatHint: (responses) => `${responses} 个评分，4–5 分占比`,
    meanRating: '平均评分',
    nps: 'NPS 净推荐值',
    npsHint: (responses) => `${responses} 个回答`,
    urgentFlagged: '本期紧急反馈',
    acknowledge: '首次响应',
    resolve: '解决',
    handled: '件数',
  },
  columns: {
    thisPeriod: '本期',
    previousPeriod: '上期',
    change: '变化',
    type: '类型',
    received: '收到时间',
    channel: '渠道',
    customer: '客户',
    reason: '原因',
    negativesLastWeek: '近 7 天负面',
    message: '内容',
    meanTime: '平均用时',
  },
  channel: { web: '网页表单', email: '电子邮件', wechat: '微信', sms: '短信' },
  sentiment: { positive: '正面', neutral: '中性', negative: '负面' },
  trend: { new: '新出现', up: '上升', down: '下降', flat: '持平' },
  atRiskReason: { repeated_negative: '多次负面反馈', negative_after_positive: '曾经满意，近期负面' },
  risingLine: (type, current, previous) =>
    previous === 0 ? `${type}：${current} 条（上期没有）` : `${type}：${current} 条（上期 ${previous} 条）`,
  chartLegend: { thisPeriod: '本期', previousPeriod: '上期' },
  none: '无',
  moreOpen: '另有更多未处理的紧急反馈，请在控制台查看。',
  noData: '—',
  percentagePoints: '个百分点',
  duration: (hours, minutes) => (hours > 0 ? `${hours} 小时 ${minutes} 分` : `${minutes} 分钟`),
  footer: (generatedAt, timeZone) => `生成于 ${generatedAt}（${timeZone}）。`,
  privacyNote: '引文中的手机号、邮箱、身份证号和银行卡号已脱敏。',
};

const en: DigestMessages = {
  htmlLang: 'en',
  title: { daily: 'Customer feedback — daily digest', weekly: 'Customer feedback — weekly digest' },
  comparedWith: (start, end) => (start === end ? `compared with ${start}` : `compared with ${start} to ${end}`),
  sections: {
    overview: 'Overview',
    channels: 'Volume by channel',
    sentiment: 'Sentiment',
    complaints: 'Top complaint types',
    rising: 'Rising complaints',
    urgent: 'Urgent items still open',
    atRisk: 'Customers at risk',
    responseTimes: 'Response times',
  },
  figures: {
    total: 'Feedback received',
    messages: 'Customer messages',
    newCustomers: 'New customers',
    satisfactionIndex: 'Satisfaction index',
    satisfactionIndexHint: '% positive − % negative',
    csat: 'CSAT',
    csatHint: (responses) => `${responses} ratings, share of 4–5`,
    meanRating: 'Mean rating',
    nps: 'NPS',
    npsHint: (responses) => `${responses} answers`,
    urgentFlagged: 'Urgent this period',
    acknowledge: 'First response',
    resolve: 'Resolution',
    handled: 'Items',
  },
  columns: {
    thisPeriod: 'This period',
    previousPeriod: 'Previous',
    change: 'Change',
    type: 'Type',
    received: 'Received',
    channel: 'Channel',
    customer: 'Customer',
    reason: 'Reason',
    negativesLastWeek: 'Negatives (7 days)',
    message: 'Message',
    meanTime: 'Mean time',
  },
  channel: { web: 'Web form', email: 'Email', wechat: 'WeChat', sms: 'SMS' },
  sentiment: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  trend: { new: 'new', up: 'rising', down: 'falling', flat: 'steady' },
  atRiskReason: { repeated_negative: 'Repeated negative feedback', negative_after_positive: 'Negative after a positive history' },
  risingLine: (type, current, previous) =>
    previous === 0 ? `${type}: ${current} (none in the previous period)` : `${type}: ${current} (previous period ${previous})`,
  chartLegend: { thisPeriod: 'this period', previousPeriod: 'previous' },
  none: 'None',
  moreOpen: 'More urgent items are open: see the console.',
  noData: '—',
  percentagePoints: 'pp',
  duration: (hours, minutes) => (hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`),
  footer: (generatedAt, timeZone) => `Generated ${generatedAt} (${timeZone}).`,
  privacyNote: 'Phone numbers, e-mail addresses, ID and card numbers in quotes are masked.',
};

export const MESSAGES: Record<DigestLanguage, DigestMessages> = { zh, en };
