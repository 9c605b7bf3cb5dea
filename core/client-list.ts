/** The columns the client list sorts by. */
export const CLIENT_LIST_SORTS = ['name', 'progress', 'lastSession', 'nextDue', 'deposit'] as const;
export type ClientListSort = (typeof CLIENT_LIST_SORTS)[number];
