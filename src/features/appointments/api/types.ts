export type {
  AcceptResult,
  AppointableRole,
  AppointOptions,
  Holder,
  HoldersView,
  InvitationPreview,
  InvitationView,
  OpenResult,
  RoomOption,
  ScopeOption,
} from '../../../../server/modules/appointments/contracts'
