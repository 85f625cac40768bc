// "Run backprop" on a message: the network is in an attached text file, a ``` code block, or the text itself.
import type { Locale } from '../dispatch/types.js';
import { t } from '../text/i18n.js';

/** Attached definitions larger than this are refused (the definition language caps input at 8000 chars). */
export const MAX_ATTACHMENT_TEXT_BYTES = 64 * 1024;

export interface MessageFile {
  name: string;
  size: number;
  contentType?: string;
  download: () => Promise<string>;
}

/** A fenced block; a language tag counts only when a line break follows it (```w1=… is code, not a tag). */
const FENCE = /```(?:[a-z]+\n)?([\s\S]*?)```/i;

function isTextFile(file: MessageFile): boolean {
  const type = file.contentType ?? '';
  return (
    /\.(txt|json|md)$/i.test(file.name) || type.startsWith('text/') || type.startsWith('application/json')
  );
}

/** The definition text of a message, or a message (in the user's language) saying why there is none. */
export async function definitionInMessage(
  content: string | undefined,
  files: readonly MessageFile[],
  locale: Locale,
): Promise<{ text: string } | { error: string }> {
  const file = files.find(isTextFile);
  if (file) {
    if (file.size > MAX_ATTACHMENT_TEXT_BYTES) {
      return {
        error: t(locale, 'platforms.attachmentTooLarge', {
          name: file.name,
          limit: MAX_ATTACHMENT_TEXT_BYTES / 1024,
        }),
      };
    }
    try {
      return { text: await file.download() };
    } catch {
      return { error: t(locale, 'platforms.attachmentUnreadable', { name: file.name }) };
    }
  }
  const text = content?.trim() ?? '';
  const block = FENCE.exec(text)?.[1]?.trim();
  if (block) return { text: block };
  if (text) return { text };
  return { error: t(locale, 'platforms.noNetworkInMessage') };
}

/** Downloads a small text file; refuses anything over the limit before decoding it. */
export async function downloadText(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_ATTACHMENT_TEXT_BYTES) throw new Error('file too large');
  return new TextDecoder().decode(bytes);
}
