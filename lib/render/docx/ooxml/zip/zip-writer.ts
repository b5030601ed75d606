import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { nativeZlib } from "./native-zlib";

/** One file of a zip, compressed (DEFLATE) and ready to write; static parts are made once and reused. */
export type ZipEntry = { name: Uint8Array; crc: number; size: number; data: Uint8Array };

const encoder = new TextEncoder();

/** Compresses one file. `level` is DEFLATE's 0-9. */
export function zipEntry(name: string, content: Uint8Array, level: number): ZipEntry {
  const data = nativeZlib ? nativeZlib.deflateRawSync(content, { level }) : deflateSync(content, { level: level as 6 });
  return { name: encoder.encode(name), crc: crc32(content), size: content.length, data };
}

/** MS-DOS time and date of `at`, local time, as zip headers hold them. */
function dosTimeDate(at: Date): [number, number] {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1);
  const date = ((Math.max(1980, at.getFullYear()) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  return [time, date];
}

/**
 * A zip file of the entries in order, every entry DEFLATE-compressed and stamped `modified`:
 * the local headers and data, then the central directory and its end record (no zip64: an
 * order is far under 4 GB).
 */
export function writeZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const [time, date] = dosTimeDate(modified);
  let localSize = 0;
  let centralSize = 0;
  for (const entry of entries) {
    localSize += 30 + entry.name.length + entry.data.length;
    centralSize += 46 + entry.name.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0, true);
    view.setUint16(at + 8, 8, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, date, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, entry.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(entry.name, at + 30);
    out.set(entry.data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + entry.data.length;
  }
  const centralStart = at;
  entries.forEach((entry, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0, true);
    view.setUint16(at + 10, 8, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    view.setUint32(at + 16, entry.crc, true);
    view.setUint32(at + 20, entry.data.length, true);
    view.setUint32(at + 24, entry.size, true);
    view.setUint16(at + 28, entry.name.length, true);
    // Extra field, comment, disk number, internal and external attributes: all zero (the buffer is zeroed).
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
