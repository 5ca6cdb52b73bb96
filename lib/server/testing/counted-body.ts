/**
 * A request body for tests of the size limits: `totalBytes` of spaces in
 * 1 KB chunks, produced only as they are read, with a count of how much was
 * read. It lives beside lib/server, not under tests/, because the library's
 * own tests use it: lib never reaches into tests/.
 */
export function countedBody(totalBytes: number): { stream: ReadableStream<Uint8Array>; read: { bytes: number } } {
  const chunk = new Uint8Array(1024).fill(0x20);
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= totalBytes) return controller.close();
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}
