import type { Migration } from 'kysely';
import * as m001 from './001_foundation';
import * as m002 from './002_reports';
import * as m003 from './003_report_workflow';
import * as m004 from './004_family_campaigns';
import * as m005 from './005_good_people';
import * as m006 from './006_household_stars';
import * as m007 from './007_volunteers_points';
import * as m008 from './008_building_notices_surveys';
import * as m009 from './009_subscribe_messages';
import * as m010 from './010_activity_speakers';
import * as m011 from './011_notice_keys';
import * as m012 from './012_appointments';
import * as m013 from './013_place_names';
import * as m014 from './014_place_locations';
import * as m015 from './015_children';
import * as m016 from './016_account_deletion';
import * as m017 from './017_avatars';
import * as m018 from './018_upload_quota';
import * as m019 from './019_revoked_sessions';
import * as m020 from './020_held_answers';
import * as m021 from './021_family_nomination_events';
import * as m022 from './022_good_person_events';
import * as m023 from './023_workbench_indexes';
import * as m024 from './024_points_mall';
import * as m025 from './025_in_app_consent';
import * as m026 from './026_personal_consents';
import * as m027 from './027_child_links';
import * as m028 from './028_point_policies';
import * as m029 from './029_mutual_help';
import * as m030 from './030_inspections';
import * as m031 from './031_tasks';
import * as m032 from './032_assessment';
import * as m033 from './033_dashboard_counts';
import * as m034 from './034_help_cancel_asks';
import * as m035 from './035_plan_edits';
import * as m037 from './037_dashboard_home_areas';
import * as m038 from './038_captain_home';
import * as m039 from './039_children_questionnaires';
import * as m040 from './040_community_ratings';
import * as m041 from './041_site_versions_minor_phones';

/**
 * Listed by hand so that the bundled `migrate` function carries them; their
 * names are also in names.ts, which the other functions read (a test keeps the
 * two lists the same). A migration only adds (tables, nullable columns or
 * columns with a default, indexes, constraints): a function of the release before must keep
 * working on the new schema. Dropping or renaming waits for a later release,
 * after no deployed code reads the old shape (README: 部署顺序).
 */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_reports': m002,
  '003_report_workflow': m003,
  '004_family_campaigns': m004,
  '005_good_people': m005,
  '006_household_stars': m006,
  '007_volunteers_points': m007,
  '008_building_notices_surveys': m008,
  '009_subscribe_messages': m009,
  '010_activity_speakers': m010,
  '011_notice_keys': m011,
  '012_appointments': m012,
  '013_place_names': m013,
  '014_place_locations': m014,
  '015_children': m015,
  '016_account_deletion': m016,
  '017_avatars': m017,
  '018_upload_quota': m018,
  '019_revoked_sessions': m019,
  '020_held_answers': m020,
  '021_family_nomination_events': m021,
  '022_good_person_events': m022,
  '023_workbench_indexes': m023,
  '024_points_mall': m024,
  '025_in_app_consent': m025,
  '026_personal_consents': m026,
  '027_child_links': m027,
  '028_point_policies': m028,
  '029_mutual_help': m029,
  '030_inspections': m030,
  '031_tasks': m031,
  '032_assessment': m032,
  '033_dashboard_counts': m033,
  '034_help_cancel_asks': m034,
  '035_plan_edits': m035,
  '037_dashboard_home_areas': m037,
  '038_captain_home': m038,
  '039_children_questionnaires': m039,
  '040_community_ratings': m040,
  '041_site_versions_minor_phones': m041,
};
