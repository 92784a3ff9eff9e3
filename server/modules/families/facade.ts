/** What other modules may ask of families. */
export { familyRecordOf, withdrawOpenNominationsBy } from './repo';
