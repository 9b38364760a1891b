import type { Locale } from '../../format/messages.js';
import { ERA_34, ERA_63 } from './data.js';
import type { Era } from './era.js';

// Only the type: a runtime re-export would make era.ts a chunk shared with the element's
// bundle, one more request on every page.
export type { Era } from './era.js';

/**
 * The registry of provincial units, keyed by code and era: the 63 units until
 * 30 June 2025 and the 34 from 1 July 2025, with the old-to-new mapping.
 * Built from ../shared/data by scripts/build-provinces.js. Elements load it with
 * `import()` only when an area comes without a name.
 */
export interface Province {
  /** The statistics office's two-digit code, meaningful only with its era. */
  code: string;
  era: Era;
  /** With diacritics, as Vietnamese readers write it: "Bắc Kạn". */
  name: string;
  /** Without diacritics, as English text writes it: "Bac Kan". */
  plain: string;
  /** "Tỉnh Bắc Kạn", "Thành phố Huế". */
  fullName: string;
  /** A centrally run city (thành phố trực thuộc trung ương) rather than a province (tỉnh). */
  city: boolean;
  /** Era 63 only: the code of the era-34 unit it became part of on 1 July 2025. */
  successor?: string;
}

/** "Bắc Kạn" → "Bac Kan"; "Đắk Lắk" → "Dak Lak". */
export const plainName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

function unpack(packed: string, era: Era): Map<string, Province> {
  const units = new Map<string, Province>();
  for (const record of packed.split('|')) {
    const city = record[2] === '*';
    const name = era === '63' ? record.slice(city ? 3 : 2, -2) : record.slice(city ? 3 : 2);
    const code = record.slice(0, 2);
    units.set(code, {
      code,
      era,
      name,
      plain: plainName(name),
      fullName: `${city ? 'Thành phố' : 'Tỉnh'} ${name}`,
      city,
      ...(era === '63' && { successor: record.slice(-2) }),
    });
  }
  return units;
}

const ERAS: Record<Era, Map<string, Province>> = { '63': unpack(ERA_63, '63'), '34': unpack(ERA_34, '34') };

/** The unit with `code` in `era`, or `undefined`. */
export const province = (code: string, era: Era): Province | undefined => ERAS[era].get(code);

/** Every unit of an era, in code order. */
export const provinces = (era: Era): Province[] => [...ERAS[era].values()];

/** The name a reader of `locale` expects: with diacritics in Vietnamese, without in English. */
export function provinceName(code: string, era: Era, locale: Locale): string | undefined {
  const unit = province(code, era);
  return unit && (locale === 'en' ? unit.plain : unit.name);
}

/** The era-34 unit an era-63 unit became part of: 06 Bắc Kạn → 19 Thái Nguyên. */
export function successor(code63: string): Province | undefined {
  const next = province(code63, '63')?.successor;
  return next === undefined ? undefined : province(next, '34');
}

/** The era-63 units merged into an era-34 unit: 19 Thái Nguyên ← 06 Bắc Kạn, 19 Thái Nguyên. */
export const predecessors = (code34: string): Province[] => provinces('63').filter((unit) => unit.successor === code34);
