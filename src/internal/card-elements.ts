import type { Register } from './on-use.js';

/**
 * The elements a board draws its cards with, each as the import that registers it. The board's
 * entry (`dx-widgets/board`) fetches each when the board first draws such a card, so a page that
 * imports the board alone gets working cards and downloads only the elements its feed needs;
 * the script embed lists them too (the ones already in its bundle are not fetched).
 */
export const CARD_ELEMENTS: Record<string, Register> = {
  'dx-coverage-gauge': () => import('../coverage-gauge/dx-coverage-gauge.js'),
  'dx-target-progress': () => import('../target-progress/dx-target-progress.js'),
  'dx-stat': () => import('../stat/dx-stat.js'),
  'dx-province-rank': () => import('../province-rank/dx-province-rank.js'),
  'dx-trend': () => import('../trend/dx-trend.js'),
  'dx-province-map': () => import('../province-map/dx-province-map.js'),
};
