const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

export type FileSizeParts = { unit: 'bytes' | 'kb' | 'mb' | 'gb'; value: number };

/** The unit a size reads best in; binary multiples, so the 100 Mo limit reads "100 Mo". */
export const fileSizeParts = (bytes: number): FileSizeParts => {
  if (bytes < KB) return { unit: 'bytes', value: bytes };
  if (bytes < MB) return { unit: 'kb', value: bytes / KB };
  if (bytes < GB) return { unit: 'mb', value: bytes / MB };
  return { unit: 'gb', value: bytes / GB };
};
