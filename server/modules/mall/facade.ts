/** What other modules may use of the mall: the workbench's count, the scheduler's expiry job. */
export { waitingCount } from './repo';
export { expireUnclaimed } from './use-cases/expire-unclaimed';
