import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The Node-only part of the PDF reader: where pdf.js and its data files live.
 *
 * pdf.js reads its character maps (needed for CJK fonts that rely on the
 * predefined Adobe-GB1 CMaps) and the standard 14 fonts through
 * `fs.readFile(base + name)`, so in Node the "URLs" must be plain directory
 * paths ending in a separator, not file: URLs.
 */

export type Pdfjs = typeof PdfjsModule;

export interface PdfjsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('pdfjs-dist/package.json'));

export const pdfjsAssets: PdfjsAssets = {
  cMapUrl: join(packageDir, 'cmaps') + sep,
  standardFontDataUrl: join(packageDir, 'standard_fonts') + sep,
  wasmUrl: join(packageDir, 'wasm') + sep,
};

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js's legacy build, loaded once per process. In Node pdf.js runs its
 * "worker" in the main thread; loading the worker bundle here too (and
 * handing it over as `globalThis.pdfjsWorker`, which pdf.js looks for) puts
 * its half-second import in the module load instead of the first read.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(([pdfjs, worker]) => {
    const holder = globalThis as { pdfjsWorker?: unknown };
    holder.pdfjsWorker ??= worker;
    return pdfjs;
  });
  return loading;
}
