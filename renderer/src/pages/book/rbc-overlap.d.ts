// react-big-calendar's own 'overlap' day layout, which its types do not describe (dayLayout.ts).
declare module 'react-big-calendar/lib/utils/layout-algorithms/overlap' {
  const overlap: unknown;
  export default overlap;
}
declare module 'react-big-calendar/lib/utils/TimeSlots' {
  export function getSlotMetrics(args: object): unknown;
}
