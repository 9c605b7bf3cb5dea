export declare function applyFuses(binary: string): Promise<void>;
export default function afterPack(context: unknown): Promise<void>;
