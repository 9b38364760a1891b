export type Cell =
  | string
  | number
  | null
  | { number?: number; date?: string; text?: string; error?: string; format?: 'percent' | 'year' | 'month' | 'day' | 'text' };
export interface Sheet {
  name: string;
  rows: Cell[][];
  widths?: number[];
}
export function writeWorkbook(sheets: Sheet[]): Uint8Array<ArrayBuffer>;
