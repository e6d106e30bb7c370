/**
 * Which part of 三公经费 the words before a figure name (GLOSSARY: threePublicExpenses =
 * officialVehicles (vehiclePurchase + vehicleOperation) + overseasTravel + officialReception).
 * The words written last decide: "其中：因公出国（境）费" → overseasTravel.
 *
 * 公务用车 alone, or "公务用车及运行维护费", may be the whole of the vehicle
 * costs or their running costs only (a published 2020 county text wrote
 * "公务用车及运行维护费支出251万元" for the running costs beside "公务用车购置支出56万元"):
 * those are vehiclesUnsure, never taken for the whole.
 */
export type ThreePublicItem =
  | 'threePublicExpenses'
  | 'overseasTravel'
  | 'officialReception'
  | 'officialVehicles'
  | 'vehiclesUnsure'
  | 'vehiclePurchase'
  | 'vehicleOperation';

export interface ItemWords {
  item: ThreePublicItem;
  /** Named without 公务用车 ("购置费", "运行维护费"): a part of the vehicle costs only where those were named before. */
  bare: boolean;
}

const CAR = '(?:公(?:务用)?车(?:辆)?|车辆)';
const RUNNING = '(?:运行维护|运行|维护|运维)';
const PATTERNS: { pattern: RegExp; item: ThreePublicItem; bare: boolean }[] = [
  { pattern: /三公/g, item: 'threePublicExpenses', bare: false },
  { pattern: /(?:因公)?出国(?:[（(]境[）)])?/g, item: 'overseasTravel', bare: false },
  { pattern: /公务接待|接待费/g, item: 'officialReception', bare: false },
  { pattern: new RegExp(`${CAR}?购置(?:费)?(?:及|和|与|、|以及)(?:其)?${RUNNING}`, 'g'), item: 'officialVehicles', bare: false },
  { pattern: new RegExp(`${CAR}(?:及|和)${RUNNING}`, 'g'), item: 'vehiclesUnsure', bare: false },
  { pattern: new RegExp(CAR, 'g'), item: 'vehiclesUnsure', bare: false },
  { pattern: new RegExp(`${CAR}购置`, 'g'), item: 'vehiclePurchase', bare: false },
  { pattern: new RegExp(`${CAR}${RUNNING}`, 'g'), item: 'vehicleOperation', bare: false },
  { pattern: /购置/g, item: 'vehiclePurchase', bare: true },
  { pattern: new RegExp(RUNNING, 'g'), item: 'vehicleOperation', bare: true },
];

/**
 * The item of 三公经费 whose words end last in `words` (the longest at a tie), or null.
 * "，公务用车购置及运行维护费" → officialVehicles; "（其中：公务用车购置费" → vehiclePurchase;
 * "，运行维护费" → vehicleOperation, bare.
 */
export function threePublicItemIn(words: string): ItemWords | null {
  let best: { end: number; length: number; item: ThreePublicItem; bare: boolean } | null = null;
  for (const { pattern, item, bare } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(words); m !== null; m = pattern.exec(words)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, item, bare };
    }
  }
  return best ? { item: best.item, bare: best.bare } : null;
}
