import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, quantizeStrongest, trainLogistic, type SparseRow } from './train-logistic.ts';

describe('training the learned layer', () => {
  it('finds the minimum of a convex quadratic', () => {
    const target = [3, -2, 0.5];
    const solution = minimizeLbfgs(
      (point, gradient) => {
        let value = 0;
        target.forEach((t, i) => {
          const d = (point[i] ?? 0) - t;
          value += (i + 1) * d * d;
          gradient[i] = 2 * (i + 1) * d;
        });
        return value;
      },
      new Float64Array(3),
      100,
    );
    target.forEach((t, i) => expect(solution[i]).toBeCloseTo(t, 4));
  });

  it('learns which feature marks the positive rows, and gives a neutral feature no weight', () => {
    const rows: SparseRow[] = [];
    for (let i = 0; i < 40; i++) {
      rows.push({ features: Uint32Array.from(i % 4 === 0 ? [0, 2] : [1, 2]), positive: i % 4 === 0 });
    }
    const model = trainLogistic(rows, { dimensions: 3, l2: 1e-4, iterations: 200 });
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(-1);
    const probability = (features: number[]) => {
      const z = model.bias + features.reduce((sum, f) => sum + (model.weights[f] ?? 0), 0) / Math.sqrt(features.length);
      return 1 / (1 + Math.exp(-z));
    };
    expect(probability([0, 2])).toBeGreaterThan(0.9);
    expect(probability([1, 2])).toBeLessThan(0.1);
  });

  it('is deterministic', () => {
    const rows: SparseRow[] = [0, 1, 2, 3, 4, 5].map((i) => ({
      features: Uint32Array.from([i % 3]),
      positive: i % 2 === 0,
    }));
    const a = trainLogistic(rows, { dimensions: 3, l2: 1e-3, iterations: 50 });
    const b = trainLogistic(rows, { dimensions: 3, l2: 1e-3, iterations: 50 });
    expect([...a.weights]).toEqual([...b.weights]);
  });

  it('keeps the strongest weights, quantised to signed bytes', () => {
    const { scale, entries } = quantizeStrongest(Float64Array.from([0.1, -2.54, 0, 1.27, 0.001]), 3);
    expect(scale).toBeCloseTo(0.02);
    expect(entries).toEqual([
      [1, -127],
      [3, 64],
      [0, 5],
    ]);
  });
});
