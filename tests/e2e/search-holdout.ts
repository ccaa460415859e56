/**
 * The held-out third of the search-quality queries: written with the tuning set, from a rep's point
 * of view, before any result was looked at, and committed before any tuning. Nobody tunes search on
 * these: the quality test reports only their hit rate, never which of them miss (set
 * SEARCH_HOLDOUT_MISSES=1 to list them, once tuning is over).
 *
 * Each query names the pages that answer it (any one in the top 3 counts), by what the page is
 * about, not by today's wording of the page.
 */
import type { QualityCase } from './search-queries';

const s = (id: string) => `/scripts/${id}/`;
const h = (id: string) => `/handbook/${id}/`;
const c = (id: string) => `/cases/${id}/`;
const f = (id: string) => `/forms/${id}/`;

export const HOLDOUT_QUERIES: QualityCase[] = [
  // questions
  { kind: 'question', query: '早会几点开始', expect: [h('daily-work/morning-routine'), h('daily-work/timetable')] },
  { kind: 'question', query: '能不能收客户送的礼品', expect: [h('conduct/integrity')] },
  { kind: 'question', query: '月度考核结果什么时候公布', expect: [h('performance/monthly-review')] },
  { kind: 'question', query: '报价要多久内发给客户', expect: [h('sales-process/proposal'), c('late-quote-lost')] },
  { kind: 'question', query: '撞单了客户算谁的', expect: [h('collaboration/teamwork'), h('conduct/fair-competition')] },
  { kind: 'question', query: '客户信息泄露了怎么办', expect: [h('risk/information-security'), h('conduct/confidentiality')] },
  // colloquial words
  { kind: 'colloquial', query: '打卡', expect: [h('conduct/hours-and-leave'), h('daily-work/timetable')] },
  {
    kind: 'colloquial',
    query: '老客户',
    expect: [
      s('referral-ask'),
      s('referral-call'),
      s('reorder'),
      h('sales-process/after-sales'),
      h('customers/tiers'),
      h('customers/visits'),
      c('key-account-lost'),
    ],
  },
  { kind: 'colloquial', query: '加班费', expect: [h('conduct/hours-and-leave')] },
  { kind: 'colloquial', query: '辞职', expect: [h('knowledge/sharing'), h('customers/records'), h('conduct/confidentiality')] },
  { kind: 'colloquial', query: '拉客户', expect: [h('sales-process/prospecting'), s('cold-call-opening')] },
  { kind: 'colloquial', query: '吃回扣', expect: [h('conduct/integrity'), h('conduct/fair-competition')] },
  // 2-character words
  { kind: 'two-char', query: '催收', expect: [h('contracts/collection'), s('payment-reminder')] },
  { kind: 'two-char', query: '巡访', expect: [h('customers/visits')] },
  { kind: 'two-char', query: '密级', expect: [h('knowledge/documents')] },
  { kind: 'two-char', query: '面试', expect: [h('people/recruitment')] },
  { kind: 'two-char', query: '定金', expect: [h('contracts/signing'), h('contracts/order-follow-up'), s('payment-terms')] },
  { kind: 'two-char', query: '备份', expect: [h('risk/information-security')] },
  // partial words (still typing, or part of a compound)
  { kind: 'partial', query: '周目标管', expect: [h('daily-work/weekly-target'), f('weekly-target')] },
  { kind: 'partial', query: '报价记', expect: [h('reception/quote-records'), f('quote-record')] },
  { kind: 'partial', query: '样品登', expect: [f('sample-log'), h('reception/samples')] },
  { kind: 'partial', query: '试点', expect: [h('knowledge/innovation')] },
  { kind: 'partial', query: '议程', expect: [s('first-visit'), h('collaboration/meetings')] },
  { kind: 'partial', query: '作息时', expect: [h('daily-work/timetable')] },
  // pinyin initials
  { kind: 'initials', query: 'ts', expect: [h('customers/complaints'), s('complaint-call')] },
  { kind: 'initials', query: 'cd', expect: [h('daily-work/morning-routine')] },
  {
    kind: 'initials',
    query: 'xydc',
    expect: [h('risk/credit-risk'), h('contracts/signing'), c('credit-check-lost'), s('payment-terms')],
  },
  { kind: 'initials', query: 'yp', expect: [h('reception/samples'), s('free-samples')] },
  { kind: 'initials', query: 'zjs', expect: [s('referral-ask'), s('referral-call'), h('sales-process/after-sales')] },
  { kind: 'initials', query: 'xyed', expect: [h('risk/credit-risk')] },
  // full pinyin
  { kind: 'pinyin', query: 'mianshi', expect: [h('people/recruitment')] },
  { kind: 'pinyin', query: 'toushu', expect: [h('customers/complaints'), s('complaint-call')] },
  { kind: 'pinyin', query: 'jiaoqi', expect: [s('delivery-time'), h('contracts/order-follow-up')] },
  { kind: 'pinyin', query: 'kehu dangan', expect: [h('customers/records')] },
  { kind: 'pinyin', query: 'zhanhui', expect: [h('market/promotion'), s('expo-booth')] },
  { kind: 'pinyin', query: 'huikou', expect: [h('conduct/integrity')] },
  // trade terms
  { kind: 'trade', query: '海运费', expect: [s('cfr-cif-quote'), h('reception/quote-records'), f('quote-record')] },
  { kind: 'trade', query: '形式发票', expect: [h('contracts/signing'), c('overseas-visit-won'), s('cfr-cif-quote')] },
  { kind: 'trade', query: 'MOQ', expect: [h('sales-process/proposal'), s('trial-order'), h('reception/quote-records')] },
  { kind: 'trade', query: '装箱单', expect: [h('contracts/order-follow-up')] },
  { kind: 'trade', query: '贸易术语', expect: [h('risk/contract-risk'), s('cfr-cif-quote'), h('reception/quote-records')] },
  { kind: 'trade', query: '产前样', expect: [h('contracts/order-follow-up'), h('reception/samples')] },
  // long sentences
  { kind: 'sentence', query: '我第一次去客户公司拜访应该怎么开场', expect: [s('first-visit'), h('sales-process/discovery')] },
  {
    kind: 'sentence',
    query: '客户已经超过一个月没有付款还在要求继续发货',
    expect: [h('contracts/collection'), h('risk/credit-risk'), s('payment-reminder')],
  },
  { kind: 'sentence', query: '客户说要回去考虑一下然后就没消息了', expect: [s('think-about-it')] },
  { kind: 'sentence', query: '客户想先少量订一批试试质量再决定', expect: [s('trial-order')] },
  {
    kind: 'sentence',
    query: '展会上拿到一堆名片回来不知道先联系谁',
    expect: [c('expo-lead-won'), h('market/promotion'), s('expo-booth'), s('wechat-first-contact')],
  },
  {
    kind: 'sentence',
    query: '客户那边换了采购经理以前谈好的条件都不认了',
    expect: [c('key-account-lost'), s('decision-maker'), h('customers/visits')],
  },
  // Second batch (written with the second tuning batch, before looking at any of its results).
  { kind: 'question', query: '晚会几点开', expect: [h('daily-work/daily-review')] },
  {
    kind: 'question',
    query: '报价单要写哪些内容',
    expect: [h('sales-process/proposal'), s('quote-presentation'), f('quote-record')],
  },
  {
    kind: 'question',
    query: '客户要求降价能答应吗',
    expect: [s('discount-request'), h('sales-process/negotiation'), s('cheaper-elsewhere'), s('price-too-high')],
  },
  { kind: 'colloquial', query: '年终奖', expect: [h('rewards/rewards'), h('performance/annual-review')] },
  { kind: 'colloquial', query: '压价', expect: [h('sales-process/negotiation'), s('price-too-high'), s('discount-request')] },
  { kind: 'colloquial', query: '回头客', expect: [s('reorder'), h('sales-process/after-sales')] },
  { kind: 'two-char', query: '纪要', expect: [h('knowledge/documents'), h('collaboration/meetings')] },
  { kind: 'two-char', query: '申诉', expect: [h('rewards/penalties')] },
  { kind: 'two-char', query: '补货', expect: [s('reorder'), c('complaint-recovered')] },
  { kind: 'partial', query: '销售漏', expect: [h('performance/improvement'), h('performance/data-reports')] },
  { kind: 'partial', query: '跨部门协', expect: [h('collaboration/cross-department')] },
  { kind: 'partial', query: '转介', expect: [s('referral-ask'), s('referral-call'), h('sales-process/after-sales')] },
  { kind: 'initials', query: 'bjd', expect: [h('sales-process/proposal'), s('quote-presentation')] },
  { kind: 'initials', query: 'khfj', expect: [h('customers/tiers')] },
  { kind: 'initials', query: 'qdl', expect: [h('sales-process/proposal'), s('trial-order')] },
  { kind: 'pinyin', query: 'cuishou', expect: [h('contracts/collection'), s('payment-reminder')] },
  { kind: 'pinyin', query: 'jixiao gaijin', expect: [h('performance/improvement')] },
  { kind: 'pinyin', query: 'xinxi anquan', expect: [h('risk/information-security')] },
  { kind: 'trade', query: '离岸价', expect: [h('reception/quote-records'), s('cfr-cif-quote')] },
  { kind: 'trade', query: '信用证', expect: [h('contracts/signing'), s('payment-terms'), h('risk/credit-risk')] },
  { kind: 'trade', query: '整箱', expect: [h('reception/quote-records')] },
  { kind: 'sentence', query: '客户嫌报价慢已经找了别家', expect: [c('late-quote-lost'), h('sales-process/proposal')] },
  {
    kind: 'sentence',
    query: '组里同事请假了他的客户谁来跟',
    expect: [h('collaboration/teamwork'), h('conduct/hours-and-leave')],
  },
  {
    kind: 'sentence',
    query: '客户问能不能先发货后付款',
    expect: [s('payment-terms'), h('risk/credit-risk'), h('contracts/signing')],
  },
  // typos
  {
    kind: 'typos',
    query: '绩效考和',
    expect: [h('performance/monthly-review'), h('performance/annual-review'), h('performance/appraisal')],
  },
  { kind: 'typos', query: '开发性', expect: [s('cold-email')] },
  { kind: 'typos', query: '付宽条件', expect: [s('payment-terms')] },
  { kind: 'typos', query: '保秘', expect: [h('conduct/confidentiality')] },
  { kind: 'typos', query: '催搜', expect: [s('payment-reminder'), h('contracts/collection')] },
];
