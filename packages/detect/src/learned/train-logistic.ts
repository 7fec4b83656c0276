/**
 * Training of the learned layer (used by scripts/train-learned-layer.ts, not at analysis time):
 * a class-weighted, L2-regularised logistic regression per harm over sparse binary features,
 * minimised with L-BFGS. Pure and deterministic: the same rows give the same weights.
 */

/** One training row: its feature indices (distinct) and whether it shows the harm. */
export interface SparseRow {
  features: Uint32Array;
  positive: boolean;
}

export interface LogisticSettings {
  dimensions: number;
  l2: number;
  iterations: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

interface Objective {
  (point: Float64Array, gradient: Float64Array): number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * Limited-memory BFGS (two-loop recursion, memory 10) with a backtracking Armijo line search.
 * Stops after `iterations` steps or when the objective stops improving.
 */
export function minimizeLbfgs(objective: Objective, start: Float64Array, iterations: number): Float64Array {
  const memory = 10;
  const size = start.length;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(size);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    // Direction: minus the inverse-Hessian estimate times the gradient.
    const direction = Float64Array.from(gradient);
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const alpha = (rhos[k] ?? 0) * dot(steps[k] as Float64Array, direction);
      alphas[k] = alpha;
      const change = changes[k] as Float64Array;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) - alpha * (change[i] ?? 0);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const gamma =
        dot(steps[last] as Float64Array, changes[last] as Float64Array) /
        dot(changes[last] as Float64Array, changes[last] as Float64Array);
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) * gamma;
    } else {
      const norm = Math.sqrt(dot(gradient, gradient)) || 1;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) / norm;
    }
    for (let k = 0; k < steps.length; k++) {
      const beta = (rhos[k] ?? 0) * dot(changes[k] as Float64Array, direction);
      const step = steps[k] as Float64Array;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) + ((alphas[k] ?? 0) - beta) * (step[i] ?? 0);
    }
    for (let i = 0; i < size; i++) direction[i] = -(direction[i] ?? 0);
    const slope = dot(gradient, direction);
    if (!(slope < 0)) break;
    let stepLength = 1;
    const candidate = new Float64Array(size);
    const candidateGradient = new Float64Array(size);
    let candidateValue = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < size; i++) candidate[i] = (x[i] ?? 0) + stepLength * (direction[i] ?? 0);
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepLength * slope) break;
      stepLength /= 2;
    }
    if (!(candidateValue < value)) break;
    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      step[i] = (candidate[i] ?? 0) - (x[i] ?? 0);
      change[i] = (candidateGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    const improvement = value - candidateValue;
    x = Float64Array.from(candidate);
    gradient = Float64Array.from(candidateGradient);
    value = candidateValue;
    if (improvement < 1e-10 * Math.max(1, Math.abs(value))) break;
  }
  return x;
}

/**
 * Fits one harm: features are binary and scaled to unit length per row; positive rows weigh
 * sqrt(negatives / positives) so that a rare harm is not ignored; the bias is not regularised.
 */
export function trainLogistic(rows: readonly SparseRow[], settings: LogisticSettings): LogisticModel {
  const { dimensions, l2, iterations } = settings;
  const count = rows.length;
  const positives = rows.filter((row) => row.positive).length;
  const positiveWeight = positives === 0 ? 1 : Math.sqrt((count - positives) / positives);
  const units = rows.map((row) => (row.features.length === 0 ? 0 : 1 / Math.sqrt(row.features.length)));
  const objective: Objective = (point, gradient) => {
    gradient.fill(0);
    const bias = point[dimensions] ?? 0;
    let loss = 0;
    rows.forEach((row, r) => {
      const unit = units[r] ?? 0;
      let z = bias;
      for (const feature of row.features) z += (point[feature] ?? 0) * unit;
      const weight = row.positive ? positiveWeight : 1;
      // log(1 + e^-z) and log(1 + e^z), computed without overflow.
      const softplus = (v: number): number => (v > 30 ? v : Math.log1p(Math.exp(v)));
      loss += weight * (row.positive ? softplus(-z) : softplus(z));
      const p = 1 / (1 + Math.exp(-z));
      const g = (weight * (p - (row.positive ? 1 : 0))) / count;
      for (const feature of row.features) gradient[feature] = (gradient[feature] ?? 0) + g * unit;
      gradient[dimensions] = (gradient[dimensions] ?? 0) + g;
    });
    let penalty = 0;
    for (let i = 0; i < dimensions; i++) {
      const w = point[i] ?? 0;
      penalty += w * w;
      gradient[i] = (gradient[i] ?? 0) + 2 * l2 * w;
    }
    return loss / count + l2 * penalty;
  };
  const solution = minimizeLbfgs(objective, new Float64Array(dimensions + 1), iterations);
  return { bias: solution[dimensions] ?? 0, weights: solution.subarray(0, dimensions) };
}

/**
 * Keeps the `keep` weights of largest magnitude and quantises them to signed bytes: returns the
 * scale and the kept (bucket, level) pairs, level × scale being the weight.
 */
export function quantizeStrongest(
  weights: Float64Array,
  keep: number,
): { scale: number; entries: [bucket: number, level: number][] } {
  const order = [...weights.keys()].sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0) || a - b);
  const kept = order.slice(0, keep).filter((bucket) => (weights[bucket] ?? 0) !== 0);
  const largest = Math.max(0, ...kept.map((bucket) => Math.abs(weights[bucket] ?? 0)));
  const scale = largest === 0 ? 1 : largest / 127;
  const entries = kept
    .map((bucket): [number, number] => [bucket, Math.round((weights[bucket] ?? 0) / scale)])
    .filter(([, level]) => level !== 0);
  return { scale, entries };
}
