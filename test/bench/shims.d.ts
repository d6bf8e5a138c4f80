// d3-flextree ships no types; just what the benchmark uses.
declare module 'd3-flextree' {
  export interface FlexHierarchy<T> {
    data: T;
    x: number;
    y: number;
    xSize: number;
    ySize: number;
    children: Array<FlexHierarchy<T>> | null;
    each(fn: (node: FlexHierarchy<T>) => void): this;
  }
  export interface FlexLayout<T> {
    (root: FlexHierarchy<T>): FlexHierarchy<T>;
    hierarchy(data: T, children?: (d: T) => T[] | null | undefined): FlexHierarchy<T>;
  }
  export function flextree<T>(options?: {
    children?: (d: T) => T[] | null | undefined;
    nodeSize?: (node: FlexHierarchy<T>) => [number, number];
    spacing?: number | ((a: FlexHierarchy<T>, b: FlexHierarchy<T>) => number);
  }): FlexLayout<T>;
}
