import type { InjectOptions } from 'fastify';
export interface WorkerRequest {
    id: number;
    options: InjectOptions;
}
export interface WorkerResponse {
    id: number;
    status: number;
    headers: Record<string, string | string[] | number | undefined>;
    text: string;
}
export interface WorkerData {
    env: Record<string, string>;
    schema?: string;
}
