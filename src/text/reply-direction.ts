// The last step of every reply: Persian laid out right to left for any client, English free of bidi marks.
import type { Locale, Reply } from '../dispatch/types.js';
import { layOutPersianMarkdown, withoutIsolates } from './bidi.js';

const TEXT_FILE = /\.(md|txt)$/i;

/** Persian text and Markdown files go through layOutPersianMarkdown; English ones lose any isolate. */
export function layOutReply(reply: Reply, locale: Locale): Reply {
  const layOut = locale === 'fa' ? layOutPersianMarkdown : withoutIsolates;
  return {
    ...reply,
    text: layOut(reply.text),
    ...(reply.files
      ? {
          files: reply.files.map((file) =>
            TEXT_FILE.test(file.name) ? { ...file, content: layOut(file.content) } : file,
          ),
        }
      : {}),
  };
}
