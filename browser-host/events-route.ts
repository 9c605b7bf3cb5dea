// GET /api/events for the browser host: the shared Server-Sent Events of api/http/event-streams.ts.
export { eventStreams, type EventStreams } from '../api/http/event-streams';
