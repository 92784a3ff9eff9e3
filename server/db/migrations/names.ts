/**
 * The migrations this code needs, oldest first. Kept apart from the
 * migrations themselves so that a cloud function can check the schema's
 * version without carrying the DDL (only the `migrate` function does).
 */
export const MIGRATION_NAMES = [
  '001_foundation',
  '002_reports',
  '003_report_workflow',
  '004_family_campaigns',
  '005_good_people',
  '006_household_stars',
  '007_volunteers_points',
  '008_building_notices_surveys',
  '009_subscribe_messages',
  '010_activity_speakers',
  '011_notice_keys',
  '012_appointments',
  '013_place_names',
  '014_place_locations',
  '015_children',
  '016_account_deletion',
  '017_avatars',
  '018_upload_quota',
  '019_revoked_sessions',
  '020_held_answers',
  '021_family_nomination_events',
  '022_good_person_events',
  '023_workbench_indexes',
  '024_points_mall',
  '025_in_app_consent',
  '026_personal_consents',
  '027_child_links',
  '028_point_policies',
  '029_mutual_help',
  '030_inspections',
  '031_tasks',
] as const;
