// The single IPC channel between preload and main. Every API call travels on it as
// (channel, input); main checks the sender and the channel before anything runs.
export const STIPPLE_IPC_CHANNEL = 'stipple:call';
