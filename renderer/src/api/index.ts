// The renderer's data layer, for pages: read with useApiQuery, write with call (which refreshes what
// the change made stale), follow a long task with useTaskProgress.
export { call, request, ApiCallError } from './client';
export { apiQueryKey, apiQueryOptions, useApiQuery, type ApiQueryOptions } from './useApi';
export { useTaskProgress, type TaskStep } from './task-progress';
