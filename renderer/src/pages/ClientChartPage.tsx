// The chart lives in pages/chart/; this name stays for the router.
export { ChartPage as ClientChartPage } from './chart/ChartPage';
