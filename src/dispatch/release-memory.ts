// The main thread's copies of replies' images (the PNGs from the workers, and what the SDKs copy them into on their
// way to Discord and Slack) are garbage once delivered, but V8 frees such buffers only when its external memory
// has grown by 64 MiB or more since its last full collection, and the malloc heap they grew stays as large. Asking for
// a collection (concurrent, not blocking) every RELEASE_EVERY_BYTES of images keeps that garbage small.

/** Images received by this thread between two requested collections. */
export const RELEASE_EVERY_BYTES = 8 * 1024 * 1024;

type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void> | void;

/**
 * Counts image bytes; past each `everyBytes` asks V8 for an asynchronous full collection. Needs `node --expose-gc`
 * (npm start has it); without it (tests, other hosts) this does nothing.
 */
export function imageBytesReleaser(
  everyBytes = RELEASE_EVERY_BYTES,
  collect: Collect | undefined = (globalThis as { gc?: Collect }).gc,
): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    if (!collect) return;
    since += bytes;
    if (since < everyBytes) return;
    since = 0;
    void collect({ type: 'major', execution: 'async' });
  };
}
