import { minimise } from './lbfgs.js';

/** Multinomial logistic regression over dense + sparse (indexed) features, fitted by L-BFGS. */
export interface TrainExample {
  readonly dense: Float64Array;
  readonly ids: Int32Array;
  /** Value of each sparse feature (1, or the contrast weight). */
  readonly values: Float64Array;
  readonly target: readonly number[];
  readonly weight: number;
}

export interface TrainOptions {
  /** L2 penalty (per unit of total example weight) on the n-gram weights. */
  readonly l2: number;
  /** L2 penalty on the dense (lexicon) weights. */
  readonly l2Dense: number;
  readonly iterations: number;
}

export interface Weights {
  readonly bias: Float64Array;
  /** dense[f * 3 + c] */
  readonly dense: Float64Array;
  /** sparse[id * 3 + c] */
  readonly sparse: Float64Array;
}

export function logits(w: Weights, x: TrainExample, out: Float64Array): void {
  for (let c = 0; c < 3; c++) out[c] = w.bias[c] as number;
  for (let f = 0; f < x.dense.length; f++) {
    const v = x.dense[f] as number;
    if (v !== 0) for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + v * (w.dense[f * 3 + c] as number);
  }
  for (let k = 0; k < x.ids.length; k++) {
    const id = x.ids[k] as number;
    const v = x.values[k] as number;
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + v * (w.sparse[id * 3 + c] as number);
  }
}

export function softmax(z: Float64Array, out: Float64Array): void {
  const m = Math.max(z[0] as number, z[1] as number, z[2] as number);
  let total = 0;
  for (let c = 0; c < 3; c++) {
    out[c] = Math.exp((z[c] as number) - m);
    total += out[c] as number;
  }
  for (let c = 0; c < 3; c++) out[c] = (out[c] as number) / total;
}

/** Weights as views into one parameter vector: [bias 3 | dense 3·D | sparse 3·V]. */
function view(x: Float64Array, denseSize: number): Weights {
  return { bias: x.subarray(0, 3), dense: x.subarray(3, 3 + denseSize * 3), sparse: x.subarray(3 + denseSize * 3) };
}

export function train(examples: readonly TrainExample[], denseSize: number, sparseSize: number, opts: TrainOptions): Weights {
  const size = 3 + 3 * denseSize + 3 * sparseSize;
  const total = examples.reduce((s, x) => s + x.weight, 0);
  const z = new Float64Array(3);
  const p = new Float64Array(3);
  const objective = (params: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    const w = view(params, denseSize);
    const gw = view(grad, denseSize);
    let loss = 0;
    for (const x of examples) {
      logits(w, x, z);
      softmax(z, p);
      const k = x.weight / total;
      for (let c = 0; c < 3; c++) {
        const t = x.target[c] as number;
        if (t > 0) loss -= k * t * Math.log(Math.max(p[c] as number, 1e-300));
        const err = k * ((p[c] as number) - t);
        gw.bias[c] = (gw.bias[c] as number) + err;
        for (let f = 0; f < denseSize; f++) gw.dense[f * 3 + c] = (gw.dense[f * 3 + c] as number) + err * (x.dense[f] as number);
        for (let k = 0; k < x.ids.length; k++) {
          const i = (x.ids[k] as number) * 3 + c;
          gw.sparse[i] = (gw.sparse[i] as number) + err * (x.values[k] as number);
        }
      }
    }
    loss += penalty(w.dense, gw.dense, opts.l2Dense) + penalty(w.sparse, gw.sparse, opts.l2);
    return loss;
  };
  const { x } = minimise(objective, new Float64Array(size), { iterations: opts.iterations, memory: 10, tolerance: 1e-7 });
  return view(x, denseSize);
}

function penalty(w: Float64Array, g: Float64Array, l2: number): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i] as number;
    s += v * v;
    g[i] = (g[i] as number) + l2 * v;
  }
  return 0.5 * l2 * s;
}
