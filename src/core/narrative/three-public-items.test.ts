import { describe, expect, it } from 'vitest';
import { threePublicItemIn } from './three-public-items.js';

describe('the item of 三公经费 the words before a figure name', () => {
  it('reads the names reports give them, with half- or full-width brackets and any quotes', () => {
    const cases: [string, string | null][] = [
      ['2023年“三公”经费支出', 'threePublicExpenses'],
      ['本部门"三公"经费决算数', 'threePublicExpenses'],
      ['，其中：因公出国（境）费', 'overseasTravel'],
      ['因公出国(境)经费', 'overseasTravel'],
      ['，公务接待费支出', 'officialReception'],
      ['，公务接待', 'officialReception'],
      ['公务用车购置及运行维护费', 'officialVehicles'],
      ['公务用车购置和维护经费', 'officialVehicles'],
      ['公务用车购置及运行费决算', 'officialVehicles'],
      ['公务用车保有量2辆，购置及运行维护费', 'officialVehicles'],
      ['（其中：公务用车购置费', 'vehiclePurchase'],
      ['公务用车购置支出', 'vehiclePurchase'],
      ['公务用车运行维护费用支出', 'vehicleOperation'],
      ['公车运行及维护', 'vehicleOperation'],
      ['公务用车运行费用', 'vehicleOperation'],
      ['“三公”经费中公务接待费', 'officialReception'],
      ['会议费', null],
    ];
    expect(cases.map(([words]) => [words, threePublicItemIn(words)?.item ?? null])).toEqual(cases);
  });

  it('never takes 公务用车 alone, or 公务用车及运行维护费, for the whole of the vehicle costs', () => {
    expect(threePublicItemIn('公务用车费')?.item).toBe('vehiclesUnsure');
    expect(threePublicItemIn('公务用车及运行维护费支出')?.item).toBe('vehiclesUnsure');
  });

  it('marks a part named without 公务用车 as bare: a part of the vehicle costs only after them', () => {
    expect(threePublicItemIn('、运行维护费')).toEqual({ item: 'vehicleOperation', bare: true });
    expect(threePublicItemIn('（其中购置费')).toEqual({ item: 'vehiclePurchase', bare: true });
    expect(threePublicItemIn('公务用车运行维护费')).toEqual({ item: 'vehicleOperation', bare: false });
  });
});
