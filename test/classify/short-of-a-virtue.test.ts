import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

// 不够 before a virtue denies it as 不太 does: "房间不够干净" read as 不够 (-0.7) beside 干净 (+1.6), praise, and a
// satisfied review hid its complaint point. Alone ("分量不够") it is still a shortfall.
it('reads 不够干净 as a fault of the room, also in a satisfied review', () => {
  expect(verdict('早餐不错，但是房间不够干净').types).toContain('environment');
  expect(verdict('房间不够干净').sentiment).toBe('negative');
});

it('still reads 不够 alone as a shortfall', () => {
  expect(verdict('分量不够').sentiment).toBe('negative');
});

// 粗鲁 and 无礼 were words of no type and no weight: "员工很粗鲁" read no complaint.
it.each(['员工很粗鲁', '前台无礼'])('%s → negative, service_attitude', (text) => {
  const read = verdict(text);
  expect(read.sentiment).toBe('negative');
  expect(read.types).toContain('service_attitude');
});
