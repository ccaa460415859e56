/**
 * What 「这条有问题？」 reads: the page, where feedback goes, and the labels of the issue or mail.
 * Checked without zod: the reading pages that carry it must stay small.
 */
import type { UiKey } from '../i18n';
import type { FeedbackLabels, FeedbackPage, FeedbackTarget } from '../feedback';
import type { Schema } from './island';

export interface FeedbackIsland {
  page: FeedbackPage;
  target: FeedbackTarget;
  labels: FeedbackLabels;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const strings = (value: unknown, keys: readonly string[]) => isObject(value) && keys.every((key) => typeof value[key] === 'string');

export const feedbackIsland: Schema<FeedbackIsland> = {
  parse(data) {
    if (!isObject(data)) throw new TypeError('expected an object');
    const { page, target, labels } = data;
    if (!strings(page, ['kindLabel', 'title', 'url', 'file']) || typeof (page as { version?: unknown }).version !== 'number')
      throw new TypeError('page: expected kindLabel, title, url, file and a numeric version');
    if (!isObject(target) || Object.values(target).some((value) => typeof value !== 'string'))
      throw new TypeError('target: expected optional repository and email strings');
    if (!strings(labels, ['title', 'page', 'version', 'file', 'quote', 'what', 'name', 'anonymous']))
      throw new TypeError('labels: expected every label of the issue');
    return data as unknown as FeedbackIsland;
  },
};

export const FEEDBACK_STRINGS = ['feedback.needWhat'] as const satisfies readonly UiKey[];
export type FeedbackKey = (typeof FEEDBACK_STRINGS)[number];
