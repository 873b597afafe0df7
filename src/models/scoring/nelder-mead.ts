/** Options for the Nelder–Mead search. */
export interface NelderMeadOptions {
  /** Initial step along each axis. */
  readonly step: number;
  readonly maxIterations: number;
  /** Stop when the simplex's best and worst losses differ by less than this. */
  readonly tolerance: number;
}

export interface Minimum {
  readonly point: number[];
  readonly loss: number;
  readonly iterations: number;
}

/** Minimise a function of a few variables with the Nelder–Mead simplex method (no gradients). */
export function nelderMead(
  loss: (point: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): Minimum {
  const dimensions = start.length;
  let simplex = [start.slice()];
  for (let axis = 0; axis < dimensions; axis++) {
    const vertex = start.slice();
    vertex[axis]! += options.step;
    simplex.push(vertex);
  }
  let losses = simplex.map(loss);
  let iterations = 0;
  const along = (from: number[], to: number[], t: number) =>
    from.map((value, i) => value + t * (to[i]! - value));

  while (iterations < options.maxIterations) {
    const order = losses.map((_, i) => i).sort((a, b) => losses[a]! - losses[b]!);
    simplex = order.map((i) => simplex[i]!);
    losses = order.map((i) => losses[i]!);
    if (losses[dimensions]! - losses[0]! < options.tolerance) break;
    iterations++;

    const centroid = new Array<number>(dimensions).fill(0);
    for (const vertex of simplex.slice(0, dimensions)) {
      vertex.forEach((value, i) => (centroid[i]! += value / dimensions));
    }
    const worst = simplex[dimensions]!;
    const reflected = along(centroid, worst, -1);
    const reflectedLoss = loss(reflected);
    if (reflectedLoss < losses[0]!) {
      const expanded = along(centroid, worst, -2);
      const expandedLoss = loss(expanded);
      const better = expandedLoss < reflectedLoss;
      simplex[dimensions] = better ? expanded : reflected;
      losses[dimensions] = better ? expandedLoss : reflectedLoss;
    } else if (reflectedLoss < losses[dimensions - 1]!) {
      simplex[dimensions] = reflected;
      losses[dimensions] = reflectedLoss;
    } else {
      const contracted = along(centroid, worst, 0.5);
      const contractedLoss = loss(contracted);
      if (contractedLoss < losses[dimensions]!) {
        simplex[dimensions] = contracted;
        losses[dimensions] = contractedLoss;
      } else {
        // Shrink every vertex towards the best one.
        const best = simplex[0]!;
        simplex = simplex.map((vertex, i) => (i === 0 ? vertex : along(best, vertex, 0.5)));
        losses = simplex.map((vertex, i) => (i === 0 ? losses[0]! : loss(vertex)));
      }
    }
  }
  const bestIndex = losses.indexOf(Math.min(...losses));
  return { point: simplex[bestIndex]!, loss: losses[bestIndex]!, iterations };
}
