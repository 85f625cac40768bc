// A reply's bytes as the SDKs want them (a Buffer), without copying: a PNG moved here from a worker is used as is.
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
