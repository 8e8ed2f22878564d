import type { SentimentLabel } from '../../classify/types.ts';
import type { Channel } from '../../event.ts';
import type { FeedbackStatus } from '../../model.ts';
import type { AtRiskEntry } from '../../ports.ts';
import type { DigestPeriod } from '../period.ts';
import type { ServqualDimension } from '../servqual.ts';
import type { ComplaintTrend } from '../types.ts';

export const DIGEST_LANGUAGES = ['zh', 'en'] as const;
export type DigestLanguage = (typeof DIGEST_LANGUAGES)[number];

/** Every word a digest shows, per language; figures are formatted in format.ts. */
export interface DigestMessages {
  htmlLang: string;
  title: Record<DigestPeriod, string>;
  comparedWith: (previousStart: string, previousEnd: string) => string;
  headline: {
    title: string;
    complaintChange: (type: string, current: number, previous: number) => string;
    volumeChange: (current: number, previous: number) => string;
    noChange: string;
    urgentOpen: (count: number, more: boolean, oldestWait: string) => string;
    noUrgent: string;
    call: (name: string, negatives: number, complaint: string | undefined) => string;
    noCall: string;
  };
  sections: {
    overview: string;
    channels: string;
    sentiment: string;
    sentimentTrend: string;
    complaints: string;
    quotes: string;
    serviceQuality: string;
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
    npsHint: (answers: number) => string;
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
    waiting: string;
    channel: string;
    channels: string;
    customer: string;
    reason: string;
    negativesLastWeek: string;
    lastComplaint: string;
    message: string;
    meanTime: string;
    dimension: string;
    trend: string;
  };
  channel: Record<Channel, string>;
  sentiment: Record<SentimentLabel, string>;
  status: Record<FeedbackStatus, string>;
  trend: Record<ComplaintTrend['trend'], string>;
  servqual: Record<ServqualDimension, string>;
  servqualNote: string;
  atRiskReason: Record<AtRiskEntry['reason'], string>;
  risingLine: (type: string, current: number, previous: number) => string;
  chartLegend: { thisPeriod: string; previousPeriod: string };
  /** A rate on fewer answers than it takes to mean anything. */
  tooFew: (sample: number) => string;
  sampleSize: (sample: number) => string;
  sampleNote: (minimum: number) => string;
  items: (count: number) => string;
  negatives: (count: number) => string;
  openFor: (duration: string) => string;
  resolved: string;
  unnamed: string;
  openInConsole: string;
  none: string;
  moreOpen: string;
  noData: string;
  percentagePoints: string;
  duration: (days: number, hours: number, minutes: number) => string;
  footer: (generatedAt: string, timeZone: string) => string;
  privacyNote: string;
}

const zh: DigestMessages = {
  htmlLang: 'zh-CN',
  title: { daily: '客户反馈日报', weekly: '客户反馈周报' },
  comparedWith: (start, end) => (start === end ? `对比 ${start}` : `对比 ${start} 至 ${end}`),
  headline: {
    title: '本期要点',
    complaintChange: (type, current, previous) =>
      current >= previous ? `变化最大：${type}投诉 ${current} 条，比上期多 ${current - previous} 条。` : `变化最大：${type}投诉 ${current} 条，比上期少 ${previous - current} 条。`,
    volumeChange: (current, previous) => `变化最大：客户留言 ${current} 条（上期 ${previous} 条）。`,
    noChange: '与上期相比没有明显变化。',
    urgentOpen: (count, more, oldestWait) => `紧急待处理：本期 ${count}${more ? '+' : ''} 条紧急反馈仍未处理，最早一条已等待 ${oldestWait}。`,
    noUrgent: '紧急待处理：本期没有未处理的紧急反馈。',
    call: (name, negatives, complaint) => `需要致电：${name}，近 7 天 ${negatives} 条负面反馈${complaint ? `，${complaint}` : ''}。`,
    noCall: '需要致电：本期没有流失风险客户。',
  },
  sections: {
    overview: '概览',
    channels: '各渠道反馈量',
    sentiment: '情绪分布',
    sentimentTrend: '每日情绪',
    complaints: '主要投诉类型',
    quotes: '客户原话',
    serviceQuality: '服务质量（SERVQUAL 五维度）',
    rising: '新近上升的投诉',
    urgent: '本期尚未处理的紧急反馈',
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
    npsHint: (answers) => `${answers} 个回答`,
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
    waiting: '已等待',
    channel: '渠道',
    channels: '渠道',
    customer: '客户',
    reason: '原因',
    negativesLastWeek: '近 7 天负面',
    lastComplaint: '最近投诉',
    message: '内容',
    meanTime: '平均用时',
    dimension: '维度',
    trend: '每日走势',
  },
  channel: { web: '网页表单', email: '电子邮件', wechat: '微信', sms: '短信' },
  sentiment: { positive: '正面', neutral: '中性', negative: '负面' },
  status: { open: '未处理', acknowledged: '处理中', resolved: '已解决', reopened: '重新打开' },
  trend: { new: '新出现', up: '上升', down: '下降', flat: '持平' },
  servqual: { reliability: '可靠性', responsiveness: '响应性', assurance: '保证性', empathy: '关怀性', tangibles: '有形性', other: '其他' },
  servqualNote: '可靠性：产品、配送、订单、收费与承诺；响应性：客服响应、售后退换；保证性：隐私安全；关怀性：服务态度；有形性：环境设施、线上体验。按投诉类型计数。',
  atRiskReason: { repeated_negative: '多次负面反馈', negative_after_positive: '曾经满意，近期负面' },
  risingLine: (type, current, previous) =>
    previous === 0 ? `${type}：${current} 条（上期没有）` : `${type}：${current} 条（上期 ${previous} 条）`,
  chartLegend: { thisPeriod: '本期', previousPeriod: '上期' },
  tooFew: (sample) => `样本不足（n=${sample}）`,
  sampleSize: (sample) => `（n=${sample}）`,
  sampleNote: (minimum) => `少于 ${minimum} 个回答的比率显示为“样本不足”；基数少于 ${minimum} 时只显示增减条数。`,
  items: (count) => `${count} 条`,
  negatives: (count) => `${count} 条负面`,
  openFor: (duration) => `已等待 ${duration}`,
  resolved: '已解决',
  unnamed: '未留姓名',
  openInConsole: '在控制台查看',
  none: '无',
  moreOpen: '另有更多未处理的紧急反馈，请在控制台查看。',
  noData: '—',
  percentagePoints: '个百分点',
  duration: (days, hours, minutes) => (days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${minutes} 分` : `${minutes} 分钟`),
  footer: (generatedAt, timeZone) => `生成于 ${generatedAt}（${timeZone}）。`,
  privacyNote: '引文中的手机号、邮箱、身份证号和银行卡号已脱敏。',
};

/** English plural of a counted noun. */
const count = (n: number, one: string, other = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : other}`;

const en: DigestMessages = {
  htmlLang: 'en',
  title: { daily: 'Customer feedback — daily digest', weekly: 'Customer feedback — weekly digest' },
  comparedWith: (start, end) => (start === end ? `compared with ${start}` : `compared with ${start} to ${end}`),
  headline: {
    title: 'What matters',
    complaintChange: (type, current, previous) =>
      `Biggest change: ${type}, ${count(current, 'complaint')} (${current >= previous ? `${current - previous} more` : `${previous - current} fewer`} than the previous period).`,
    volumeChange: (current, previous) => `Biggest change: ${count(current, 'customer message')} (previous period ${previous}).`,
    noChange: 'No notable change from the previous period.',
    urgentOpen: (n, more, oldestWait) =>
      `Urgent and open: ${n}${more ? '+' : ''} urgent ${n === 1 && !more ? 'item' : 'items'} from this period still open, the oldest waiting ${oldestWait}.`,
    noUrgent: 'Urgent and open: no urgent item from this period is still open.',
    call: (name, negatives, complaint) => `Call: ${name}, ${count(negatives, 'negative message')} in 7 days${complaint ? `; ${complaint}` : ''}.`,
    noCall: 'Call: no customer at risk this period.',
  },
  sections: {
    overview: 'Overview',
    channels: 'Volume by channel',
    sentiment: 'Sentiment',
    sentimentTrend: 'Sentiment by day',
    complaints: 'Top complaint types',
    quotes: 'In their words',
    serviceQuality: 'Service quality (SERVQUAL dimensions)',
    rising: 'Rising complaints',
    urgent: 'Urgent items from this period still open',
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
    csatHint: (responses) => `${count(responses, 'rating')}, share of 4–5`,
    meanRating: 'Mean rating',
    nps: 'NPS',
    npsHint: (answers) => count(answers, 'answer'),
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
    waiting: 'Waiting',
    channel: 'Channel',
    channels: 'Channels',
    customer: 'Customer',
    reason: 'Reason',
    negativesLastWeek: 'Negatives (7 days)',
    lastComplaint: 'Last complaint',
    message: 'Message',
    meanTime: 'Mean time',
    dimension: 'Dimension',
    trend: 'By day',
  },
  channel: { web: 'Web form', email: 'Email', wechat: 'WeChat', sms: 'SMS' },
  sentiment: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  status: { open: 'open', acknowledged: 'in progress', resolved: 'resolved', reopened: 'reopened' },
  trend: { new: 'new', up: 'rising', down: 'falling', flat: 'steady' },
  servqual: { reliability: 'Reliability', responsiveness: 'Responsiveness', assurance: 'Assurance', empathy: 'Empathy', tangibles: 'Tangibles', other: 'Other' },
  servqualNote:
    'Reliability: product, delivery, order accuracy, billing and promises; responsiveness: support replies, after-sales; assurance: privacy and security; empathy: staff attitude; tangibles: premises and digital experience. Counted by complaint type.',
  atRiskReason: { repeated_negative: 'Repeated negative feedback', negative_after_positive: 'Negative after a positive history' },
  risingLine: (type, current, previous) =>
    previous === 0 ? `${type}: ${current} (none in the previous period)` : `${type}: ${current} (previous period ${previous})`,
  chartLegend: { thisPeriod: 'this period', previousPeriod: 'previous' },
  tooFew: (sample) => `too few (n=${sample})`,
  sampleSize: (sample) => ` (n=${sample})`,
  sampleNote: (minimum) => `Rates on fewer than ${minimum} answers show as “too few”; changes on a base under ${minimum} show as counts only.`,
  items: (n) => count(n, 'item'),
  negatives: (n) => count(n, 'negative'),
  openFor: (duration) => `open ${duration}`,
  resolved: 'resolved',
  unnamed: 'no name given',
  openInConsole: 'open in console',
  none: 'None',
  moreOpen: 'More urgent items are open: see the console.',
  noData: '—',
  percentagePoints: 'pp',
  duration: (days, hours, minutes) => (days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`),
  footer: (generatedAt, timeZone) => `Generated ${generatedAt} (${timeZone}).`,
  privacyNote: 'Phone numbers, e-mail addresses, ID and card numbers in quotes are masked.',
};

export const MESSAGES: Record<DigestLanguage, DigestMessages> = { zh, en };
