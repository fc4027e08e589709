export interface Random {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [min, max], both included. */
    int(min: number, max: number): number;
    chance(probability: number): boolean;
    pick<T>(items: readonly T[]): T;
    /** One of the items, each as likely as its weight. */
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
}
export declare function createRandom(seed: number): Random;
