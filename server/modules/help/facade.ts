/** What other modules may use of mutual help: a person's 互助时长, the workbench's count of disputes, the scheduler's expiry of requests nobody accepted. */
export { disputeCount, helpHours } from './repo';
export { expireUnaccepted } from './use-cases/expire-unaccepted';
export { forgetHelp } from './use-cases/forget-help';
