/**
 * Requests one token may make in a minute unless `API_REQUESTS_PER_MINUTE` says otherwise: enough
 * for a client's system to poll and send orders, small enough that a runaway script cannot crowd
 * out the people using the pages.
 */
export const apiRequestsPerMinute = 120;
