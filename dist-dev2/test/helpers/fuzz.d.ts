import type { TestContext } from './app.js';
export interface FuzzReport {
    tried: number;
    failures: string[];
}
export declare function fuzzRoutes(t: TestContext, options: {
    runs: number;
    seed?: number;
}): Promise<FuzzReport>;
