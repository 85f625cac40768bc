// A text file attached to a command (a worked solution): checked, downloaded within a byte limit, decoded. Each
// adapter says where its platform keeps files; a URL elsewhere is never fetched (it is data from a payload).
import { MAX_ANSWERS_LENGTH } from '../check/check-answers.js';
import type { Locale, Reply } from '../dispatch/types.js';
import { t } from '../text/i18n.js';

/** The same limit as a typed solution: 20 000 characters. */
export const MAX_ATTACHED_TEXT_CHARS = MAX_ANSWERS_LENGTH;
/** UTF-8 spends at most 4 bytes a character: a larger file cannot be within the character limit. */
export const MAX_ATTACHED_TEXT_BYTES = 4 * MAX_ATTACHED_TEXT_CHARS;

export interface AttachedFile {
  name: string;
  /** As the platform states it (bytes). */
  size: number;
  contentType?: string;
  url: string;
}

export interface AttachmentSource {
  /** True when the URL is on the platform's own file hosts (or the configured test stand-in). */
  allowed: (url: string) => boolean;
  /** Headers the platform's file host needs (Slack: the bot token); sent only to allowed URLs. */
  headers?: Record<string, string>;
}

const TEXT_NAME = /\.(txt|md|markdown|csv|tsv|json|tex)$/i;

function isTextFile(file: AttachedFile): boolean {
  const type = (file.contentType ?? '').toLowerCase();
  if (type.startsWith('text/') || type.startsWith('application/json')) return true;
  // Some clients send no type, or a generic one, for a .txt: the name decides.
  return (type === '' || type === 'application/octet-stream') && TEXT_NAME.test(file.name);
}

class DownloadFailed extends Error {}

/** Reads at most `maxBytes` bytes of the body: a host that understates a file's size cannot make us read more. */
async function download(url: string, headers: Record<string, string>, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new DownloadFailed((error as Error).name === 'TimeoutError' ? 'timed out' : 'no connection');
  }
  if (!response.ok || !response.body) throw new DownloadFailed(`HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new DownloadFailed('connection lost');
    });
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new RangeError(String(length));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file's text, or a refusal in the user's language saying what was wrong and what would work. */
export async function readAttachedText(
  file: AttachedFile,
  source: AttachmentSource,
  locale: Locale,
): Promise<{ text: string } | { refusal: Reply }> {
  const refuse = (id: string, params: Record<string, string | number> = {}) => ({
    refusal: {
      text: t(locale, id, { name: file.name, ...params }),
      kind: 'user-error' as const,
      visibility: 'private' as const,
    },
  });
  if (!isTextFile(file)) return refuse('attachment.not_text', { type: file.contentType || 'no type' });
  const tooBig = (size: number) =>
    refuse('attachment.too_big', {
      size,
      limit: MAX_ATTACHED_TEXT_CHARS,
      bytes: MAX_ATTACHED_TEXT_BYTES,
    });
  if (file.size > MAX_ATTACHED_TEXT_BYTES) return tooBig(file.size);
  if (!source.allowed(file.url)) return refuse('attachment.foreign_host');
  let bytes: Uint8Array;
  try {
    bytes = await download(file.url, source.headers ?? {}, MAX_ATTACHED_TEXT_BYTES);
  } catch (error) {
    if (error instanceof RangeError) return tooBig(Number(error.message));
    return refuse('attachment.download_failed', { reason: (error as Error).message });
  }
  let text: string;
  try {
    // A byte-order mark is dropped; bytes that are not UTF-8 mean it is not a text file after all.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('attachment.not_text', { type: file.contentType || 'binary' });
  }
  if (text.includes('\u0000')) return refuse('attachment.not_text', { type: file.contentType || 'binary' });
  if (text.length > MAX_ATTACHED_TEXT_CHARS)
    return refuse('attachment.too_long', { length: text.length, limit: MAX_ATTACHED_TEXT_CHARS });
  return { text };
}
