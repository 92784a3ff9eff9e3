export type {
  AcceptResult,
  AppointableRole,
  AppointOptions,
  Holder,
  HoldersView,
  InvitationPreview,
  InvitationView,
  OpenResult,
  ScopeOption,
} from '../../../../server/modules/appointments/contracts'
