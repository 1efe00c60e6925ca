// Compressed copies of a built site's files, made as a static host makes them: once per version of
// a file and at the highest quality, as the work is paid once rather than for every answer.
// On-the-fly compression (Express's `compression`, which this replaced) stops at Brotli quality 4,
// a level meant for answers made per request: with it, /rest/429/ went out as 16.3 KB against
// 13.8 KB at quality 11, over the 14.6 KB that a connection's first round trip carries, and its
// Lighthouse LCP was 925 ms against 780 ms on the pages that fit (npm run bench).
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** @typedef {'br' | 'gzip'} Encoding */

/** The encodings copies are made in, the smaller first: a client that takes both gets Brotli. */
export const ENCODINGS = /** @type {const} */ (['br', 'gzip']);

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

/** @type {Record<Encoding, (data: Buffer) => Promise<Buffer>>} */
const COMPRESS = {
  br: (data) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => deflate(data, { level: constants.Z_BEST_COMPRESSION }),
};

/** Compressed copies, each made once per version of its file; the least recently sent go first. */
export class CompressedFiles {
  /** @type {Map<string, { version: string, body: Promise<Buffer>, bytes: number }>} */
  #copies = new Map();
  #bytes = 0;

  /** @param {number} limit how many bytes of copies are kept at most */
  constructor(limit = 64 * 1024 * 1024) {
    this.limit = limit;
  }

  /** How many bytes the kept copies take. */
  get bytes() {
    return this.#bytes;
  }

  /**
   * The file at `path` compressed with `encoding`. `version` names the file's state (its size and
   * time): a copy of another version is made again. Rejects as reading the file does.
   * @param {string} path
   * @param {string} version
   * @param {Encoding} encoding
   * @returns {Promise<Buffer>}
   */
  get(path, version, encoding) {
    const key = `${encoding} ${path}`;
    const kept = this.#copies.get(key);
    if (kept) this.#drop(key);
    if (kept?.version === version) {
      // Back in as the most recently sent.
      this.#copies.set(key, kept);
      this.#bytes += kept.bytes;
      return kept.body;
    }
    const copy = { version, body: readFile(path).then(COMPRESS[encoding]), bytes: 0 };
    this.#copies.set(key, copy);
    copy.body.then(
      (body) => {
        if (this.#copies.get(key) !== copy) return;
        copy.bytes = body.length;
        this.#bytes += body.length;
        for (const [oldest] of this.#copies) {
          if (this.#bytes <= this.limit || oldest === key) break;
          this.#drop(oldest);
        }
      },
      // A file that could not be read is tried again next time.
      () => this.#copies.get(key) === copy && this.#drop(key),
    );
    return copy.body;
  }

  /** @param {string} key */
  #drop(key) {
    this.#bytes -= this.#copies.get(key)?.bytes ?? 0;
    this.#copies.delete(key);
  }
}
