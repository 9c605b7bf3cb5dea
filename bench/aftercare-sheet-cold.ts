// Run in a fresh process by aftercare-sheet.bench.ts: times loading the PDF code and the first sheet
// (font files read and parsed, layout engine started), and prints the numbers as JSON. CPU time is
// reported beside wall time: on a shared, busy machine it shows the work itself.
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const t0 = performance.now();
const { renderSheetToBuffer } = await import('../renderer/src/pdf/renderOnNode');
const { sampleSheet } = await import('./aftercare-sheet-data');
const t1 = performance.now();
const c1 = process.cpuUsage();
const pdf = await renderSheetToBuffer(sampleSheet());
const t2 = performance.now();
const cold = process.cpuUsage(c1);
if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
process.stdout.write(JSON.stringify({ importMs: t1 - t0, coldMs: t2 - t1, coldCpuMs: cpuMs(cold), bytes: pdf.length }));

export {}; // a module, for top-level await
