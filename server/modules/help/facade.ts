/** What other modules may use of mutual help: a person's 互助时长. */
export { helpHours } from './repo';
