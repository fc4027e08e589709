export declare function chunks<T>(rows: T[], columns: number, maxParameters?: number): T[][];
