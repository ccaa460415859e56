/**
 * Queries a rep actually types between visits — colloquial words, the customer's own words,
 * questions, trade terms and pinyin — each with the pages that answer it (any one in the top 3
 * counts). Written from the rep's side, not copied from page titles.
 */
/** The classes of query the quality test reports on. */
export type QueryKind = 'question' | 'colloquial' | 'two-char' | 'partial' | 'initials' | 'pinyin' | 'trade' | 'sentence';

export interface QualityCase {
  /** Which class of query (reported per class); the first list predates the classes. */
  kind?: QueryKind;
  query: string;
  /** Acceptable answers: page paths. */
  expect: string[];
}

const s = (id: string) => `/scripts/${id}/`;
const h = (id: string) => `/handbook/${id}/`;
const c = (id: string) => `/cases/${id}/`;

export const QUALITY_QUERIES: QualityCase[] = [
  { query: '客户说太贵了怎么回', expect: [s('price-too-high'), s('cheaper-elsewhere')] },
  { query: '嫌贵', expect: [s('price-too-high'), s('cheaper-elsewhere')] },
  { query: '人家比你们便宜', expect: [s('cheaper-elsewhere'), s('price-too-high')] },
  { query: '砍价', expect: [h('sales-process/negotiation'), s('price-too-high'), s('discount-request')] },
  { query: '客人投诉怎么办', expect: [h('customers/complaints'), s('complaint-call')] },
  { query: '催款', expect: [s('payment-reminder'), h('contracts/collection')] },
  { query: '货款收不回来', expect: [h('contracts/collection'), s('payment-reminder'), h('risk/credit-risk')] },
  { query: 'CIF', expect: [s('cfr-cif-quote'), h('reception/quote-records')] },
  { query: 'C&F 和 CIF 区别', expect: [s('cfr-cif-quote'), h('reception/quote-records')] },
  { query: '报价', expect: [h('sales-process/proposal'), s('quote-presentation'), h('reception/quote-records')] },
  { query: '早会几点开', expect: [h('daily-work/morning-routine'), h('daily-work/timetable')] },
  { query: '请假', expect: [h('conduct/hours-and-leave')] },
  { query: '加班', expect: [h('conduct/hours-and-leave')] },
  { query: '客户要免费样品', expect: [s('free-samples'), h('reception/samples')] },
  { query: '交期太长', expect: [s('delivery-time')] },
  { query: '货要晚到', expect: [s('late-delivery'), c('late-delivery-recovered'), s('delivery-time')] },
  { query: '打折', expect: [s('discount-request')] },
  { query: '我再考虑考虑', expect: [s('think-about-it')] },
  { query: '已经有供应商了', expect: [s('already-have-supplier')] },
  { query: '陌生电话', expect: [s('cold-call-opening')] },
  { query: '前台不给转', expect: [s('gatekeeper')] },
  { query: '谁拍板', expect: [s('decision-maker')] },
  { query: '客户分级', expect: [h('customers/tiers')] },
  { query: '信用调查', expect: [h('risk/credit-risk'), c('credit-check-lost')] },
  { query: '坏账', expect: [c('credit-check-lost'), h('risk/credit-risk'), h('contracts/collection')] },
  { query: '展会搭话', expect: [s('expo-booth'), h('market/promotion')] },
  { query: '接机', expect: [h('reception/pickup')] },
  { query: '周目标', expect: [h('daily-work/weekly-target')] },
  { query: '月度考核', expect: [h('performance/monthly-review')] },
  { query: '老客户转介绍', expect: [s('referral-ask'), s('referral-call')] },
  { query: 'baojia', expect: [h('sales-process/proposal'), s('quote-presentation'), h('reception/quote-records')] },
  { query: '试单', expect: [s('trial-order')] },
  { query: '改合同', expect: [s('contract-changes'), h('contracts/signing')] },
  { query: '保密', expect: [h('conduct/confidentiality')] },
  { query: '回扣', expect: [h('conduct/integrity'), h('conduct/fair-competition')] },
  { query: '新人培训', expect: [h('people/onboarding'), h('people/training-plan')] },
  { query: '加微信', expect: [s('wechat-first-contact')] },
  { query: '客户档案', expect: [h('customers/records')] },
];
