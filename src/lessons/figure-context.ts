// What every lesson figure is built for (the reader's language, theme and lesson parameters), and its labels.
import type { Locale } from '../dispatch/types.js';
import type { Theme } from '../render/types.js';
import { t } from '../text/i18n.js';
import type { LessonParameters } from './lesson-values.js';

export interface FigureContext {
  locale: Locale;
  theme: Theme;
  parameters: LessonParameters;
}

/** A figure's title, axis or legend text: the message `lessons.figure.<id>` in the reader's language. */
export const figureLabel = (
  context: FigureContext,
  id: string,
  params: Record<string, string | number> = {},
): string => t(context.locale, `lessons.figure.${id}`, params);
