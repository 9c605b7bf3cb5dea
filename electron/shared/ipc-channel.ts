// The single IPC channel between preload and main. Every API call travels on it as
// (channel, input); main checks the sender and the channel before anything runs.
export const STIPPLE_IPC_CHANNEL = 'stipple:call';

// The API's events for one window (stale queries, task progress, signed out), main → renderer.
export const STIPPLE_EVENT_CHANNEL = 'stipple:event';

// The page's capture view opening (true) and closing (false): the camera is granted only between.
export const STIPPLE_CAPTURE_CHANNEL = 'stipple:capture';
