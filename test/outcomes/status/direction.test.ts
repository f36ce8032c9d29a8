import { describe, expect, it } from 'vitest';
import { directionOfTravel, type Direction, type Polarity } from '../../../core/outcomes/status';

describe('directionOfTravel', () => {
  it.each<[Polarity, number | null, number | null, Direction | null, string]>([
    ['higher_is_better', 12, 10, 'improving', 'Improving (12.0 against 10.0)'],
    ['higher_is_better', 8, 10, 'worsening', 'Worsening (8.0 against 10.0)'],
    ['higher_is_better', 10, 10, 'no_change', 'No change (10.0 against 10.0)'],
    ['lower_is_better', 8, 10, 'improving', 'Improving (8.0 against 10.0)'],
    ['lower_is_better', 12, 10, 'worsening', 'Worsening (12.0 against 10.0)'],
    ['lower_is_better', 10, 10, 'no_change', 'No change (10.0 against 10.0)'],
    ['none', 12, 10, 'increasing', 'Increasing (12.0 against 10.0)'],
    ['none', 8, 10, 'decreasing', 'Decreasing (8.0 against 10.0)'],
    ['none', 10, 10, 'no_change', 'No change (10.0 against 10.0)'],
    ['higher_is_better', -5, -10, 'improving', 'Improving (-5.0 against -10.0)'],
    ['lower_is_better', -5, -10, 'worsening', 'Worsening (-5.0 against -10.0)'],
    ['higher_is_better', 0, 0, 'no_change', 'No change (0.0 against 0.0)'],
    ['higher_is_better', 0.1 + 0.2, 0.3, 'no_change', 'No change'],
    ['none', 1e-12, 0, 'increasing', 'Increasing'],
    ['higher_is_better', null, 10, null, 'No value for this period'],
    ['higher_is_better', 10, null, null, 'No comparator figure to compare with'],
    ['none', null, null, null, 'No value for this period or the comparator period'],
    ['lower_is_better', Number.NaN, 10, null, 'No value for this period'],
  ])('%s: %s against %s → %s', (polarity, value, comparatorValue, direction, reason) => {
    const result = directionOfTravel({ polarity, value, comparatorValue });
    expect(result.direction).toBe(direction);
    expect(result.reason).toContain(reason);
  });
});
