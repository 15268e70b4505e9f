/**
 * L2-regularised logistic regression over sparse hashed features, fitted with L-BFGS (full batch,
 * so the result depends only on the data and the settings: no sampling, no seed).
 */

/** Examples in compressed sparse rows: features of example i are idx/val[ptr[i] .. ptr[i+1]). */
export interface Sparse {
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  y: Uint8Array;
  /** Weight of each example in the loss (class balance). */
  weight: Float32Array;
  dim: number;
}

export interface FitOptions {
  /** L2 strength, per example (the penalty is lambda/2 * |w|^2, the loss a weighted mean). */
  lambda: number;
  maxIter: number;
  memory?: number;
  tolerance?: number;
  log?: (line: string) => void;
}

export interface Model {
  /** weights[0 .. dim) for the features, bias separately. */
  w: Float64Array;
  bias: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log(1 + exp(z)) without overflow. */
function softplus(z: number): number {
  return z > 30 ? z : z < -30 ? Math.exp(z) : Math.log1p(Math.exp(z));
}

export function margin(data: Sparse, i: number, w: Float64Array, bias: number): number {
  let z = bias;
  for (let k = data.ptr[i]!; k < data.ptr[i + 1]!; k++) z += w[data.idx[k]!]! * data.val[k]!;
  return z;
}

/** Loss and gradient at x (x = [w..., bias]); the bias is not penalised. */
function evaluate(data: Sparse, rows: Int32Array, x: Float64Array, grad: Float64Array, lambda: number, totalWeight: number): number {
  const dim = data.dim;
  grad.fill(0);
  let loss = 0;
  const bias = x[dim]!;
  for (const i of rows) {
    let z = bias;
    const a = data.ptr[i]!;
    const b = data.ptr[i + 1]!;
    for (let k = a; k < b; k++) z += x[data.idx[k]!]! * data.val[k]!;
    const y = data.y[i]!;
    const c = data.weight[i]! / totalWeight;
    loss += c * (y ? softplus(-z) : softplus(z));
    const g = c * (sigmoid(z) - y);
    for (let k = a; k < b; k++) grad[data.idx[k]!]! += g * data.val[k]!;
    grad[dim]! += g;
  }
  let reg = 0;
  for (let j = 0; j < dim; j++) {
    reg += x[j]! * x[j]!;
    grad[j]! += lambda * x[j]!;
  }
  return loss + 0.5 * lambda * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Fit on the given rows of the data. */
export function fit(data: Sparse, rows: Int32Array, options: FitOptions): Model {
  const n = data.dim + 1;
  const m = options.memory ?? 8;
  const tol = options.tolerance ?? 1e-6;
  let totalWeight = 0;
  for (const i of rows) totalWeight += data.weight[i]!;
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const dir = new Float64Array(n);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  let f = evaluate(data, rows, x, g, options.lambda, totalWeight);
  for (let iter = 0; iter < options.maxIter; iter++) {
    // Two-loop recursion: dir = -H g.
    for (let i = 0; i < n; i++) dir[i] = -g[i]!;
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(S[k]!, dir);
      const yk = Y[k]!;
      const a = alpha[k]!;
      for (let i = 0; i < n; i++) dir[i]! -= a * yk[i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let i = 0; i < n; i++) dir[i]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) dir[i]! /= Math.max(norm, 1e-12);
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k]! * dot(Y[k]!, dir);
      const sk = S[k]!;
      const c = alpha[k]! - beta;
      for (let i = 0; i < n; i++) dir[i]! += c * sk[i]!;
    }
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -g[i]!;
      slope = dot(g, dir);
    }
    // Backtracking line search (Armijo).
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * dir[i]!;
      fNew = evaluate(data, rows, xNew, gNew, options.lambda, totalWeight);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      yv[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
    }
    const improvement = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (options.log && (iter % 20 === 0 || iter === options.maxIter - 1)) options.log(`  iter ${iter} loss ${f.toFixed(5)}`);
    if (Math.abs(improvement) < tol * Math.max(1, Math.abs(f))) break;
  }
  return { w: x.subarray(0, data.dim), bias: x[data.dim]! };
}
