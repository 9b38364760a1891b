/**
 * Whether a text file holds anything to read, told alike by the command line (src/cli/read.ts)
 * and the sheet page: in the browser too, so nothing here imports node:.
 */
import { NOT_BLANK } from '../format/text.js';
import { wideMark } from '../spec/nesting.js';

/** Bytes decoded at a time: a document is told from blank space by its first slice, not by a decoding of the whole. */
const SLICE = 64 * 1024;

/**
 * True when `bytes` hold nothing to read: after a byte-order mark, blank space at most, as the
 * format counts it in a label (NOT_BLANK; the sheet's cells count so too). `echo > feed.json`
 * writes one line break, and Notepad saves an empty file as a lone mark, UTF-8's or, saved as
 * "Unicode", UTF-16's (UTF-32's alike): none is a document, any more than 0 bytes is, and "the
 * file is empty" is what to say of them ("not UTF-8" would have an empty file saved again as
 * UTF-8, still empty). The feed loader says a lone mark is an empty response.
 */
export function isBlank(bytes: Uint8Array): boolean {
  // Not fatal: bytes that are not text decode to U+FFFD, which is not blank. By the byte-order
  // mark, UTF-16 either way round, or UTF-8; UTF-32 read as UTF-16 of its byte order, where a
  // character of the BMP is itself and a NUL, blank as it was (feed/loader.ts reads it so too).
  const decoder = new TextDecoder(wideMark(bytes)?.replace('32', '16'));
  for (let at = 0; at < bytes.length; at += SLICE) {
    if (NOT_BLANK.test(decoder.decode(bytes.subarray(at, at + SLICE), { stream: true }))) return false;
  }
  return !NOT_BLANK.test(decoder.decode());
}
