// The main thread asks for a collection after each so many bytes of images, so delivered PNGs do not pile up.
import { describe, expect, it } from 'vitest';
import { imageBytesReleaser, RELEASE_EVERY_BYTES } from '../../src/dispatch/release-memory.js';

describe('imageBytesReleaser', () => {
  it('asks for one asynchronous full collection per RELEASE_EVERY_BYTES of images', () => {
    const asked: unknown[] = [];
    const note = imageBytesReleaser(RELEASE_EVERY_BYTES, (options) => void asked.push(options));
    const image = RELEASE_EVERY_BYTES / 4;
    for (let k = 0; k < 3; k++) note(image);
    expect(asked).toHaveLength(0);
    note(image);
    expect(asked).toEqual([{ type: 'major', execution: 'async' }]);
    for (let k = 0; k < 4; k++) note(image);
    expect(asked).toHaveLength(2);
  });

  it('does nothing where the collector is not exposed (node without --expose-gc)', () => {
    const note = imageBytesReleaser(1, undefined);
    expect(() => note(10)).not.toThrow();
  });
});
