// The printouts module, loaded on first use (see printouts.ts).
export const loadPrintouts = () => import('./printouts');
