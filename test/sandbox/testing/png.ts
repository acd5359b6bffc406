import { crc32, deflateSync } from 'node:zlib';

/** A file as Playwright's `setInputFiles` and a drop or paste event take it. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * A real PNG image (8-bit RGB) of one colour with a lighter band across the middle, so a preview
 * or a focal point is visible in a screenshot. Made in memory: tests need no image files.
 */
export function pngImage(options: { width?: number; height?: number; rgb?: [number, number, number]; name?: string } = {}): TestFile {
  const { width = 320, height = 200, rgb = [46, 125, 160], name = 'image.png' } = options;
  const light = rgb.map((c) => Math.min(255, c + 90));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const colour = Math.abs(y - height / 2) < height / 8 ? light : rgb;
    const row = Buffer.alloc(1 + width * 3);
    // Filter type 0 (none) for each scanline, then the pixels.
    for (let x = 0; x < width; x += 1) row.set(colour, 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, check]);
}
