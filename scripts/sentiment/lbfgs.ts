/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: deterministic, no learning rate to
 * tune, and it reaches the regularised optimum, so the shipped weights do not depend on an epoch count.
 */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  readonly iterations: number;
  readonly memory: number;
  /** Stop when the relative decrease of the objective falls below this. */
  readonly tolerance: number;
}

export function minimise(f: Objective, x0: Float64Array, opts: LbfgsOptions): { x: Float64Array; value: number; iterations: number } {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  let it = 0;
  for (; it < opts.iterations; it++) {
    direction(g, s, y, rho, d);
    let step = it === 0 ? 1 / Math.max(1e-12, Math.sqrt(dot(g, g))) : 1;
    const slope = dot(g, d);
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = (xNew[i] as number) - (x[i] as number);
      yk[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > opts.memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    const decrease = (fx - fNew) / Math.max(1, Math.abs(fx));
    x = xNew;
    g = gNew;
    fx = fNew;
    if (decrease >= 0 && decrease < opts.tolerance) break;
  }
  return { x, value: fx, iterations: it };
}

/** Two-loop recursion: d = -H g. */
function direction(g: Float64Array, s: Float64Array[], y: Float64Array[], rho: number[], d: Float64Array): void {
  d.set(g);
  const alpha: number[] = [];
  for (let k = s.length - 1; k >= 0; k--) {
    const a = (rho[k] as number) * dot(s[k] as Float64Array, d);
    alpha[k] = a;
    axpy(-a, y[k] as Float64Array, d);
  }
  const last = s.length - 1;
  if (last >= 0) {
    const yy = dot(y[last] as Float64Array, y[last] as Float64Array);
    scale(d, 1 / ((rho[last] as number) * yy));
  }
  for (let k = 0; k < s.length; k++) {
    const b = (rho[k] as number) * dot(y[k] as Float64Array, d);
    axpy((alpha[k] as number) - b, s[k] as Float64Array, d);
  }
  scale(d, -1);
}

function dot(a: Float64Array, b: Float64Array): number {
  let t = 0;
  for (let i = 0; i < a.length; i++) t += (a[i] as number) * (b[i] as number);
  return t;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + a * (x[i] as number);
}

function scale(x: Float64Array, a: number): void {
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) * a;
}
