/**
 * Who may call each action at all, written out for a reviewer to check line by
 * line. The policies (server/core/authorize.ts):
 *
 *   anyone      every person of the county: residents, children, any role
 *   adults      anyone but a child (contact data, commitments, adding a child)
 *   admin       the county's command centre (创文办)
 *   a|b         whoever holds role a or b somewhere; the use case then checks
 *               the scope against the subject (this building, that community)
 *   newcomers   a WeChat user the server may not know yet (invitations, the
 *               county chooser); the action decides where they belong
 *
 * Nobody without a caller gets past any of them. test/server/authorization/
 * access-matrix.db.test.ts holds every action's declared policy to this table
 * and calls each action as each kind of person the table refuses.
 */
export const ACCESS: Record<string, string> = {
  // identity
'identity.me': 'anyone',
  'identity.updateProfile': 'anyone',
  'identity.phoneFromWeChat': 'adults',
  'identity.counties': 'newcomers',
  'identity.join': 'newcomers',

  // places
  'places.communities': 'anyone',
  'places.buildings': 'anyone',
  'places.units': 'anyone',
  'places.households': 'anyone',
  'places.importPreview': 'admin',
  'places.importCommit': 'admin',
  'places.importTemplate': 'admin',
  'places.departments': 'admin',
  'places.addDepartment': 'admin',
  'places.locations': 'admin',
  'places.community': 'admin',
  'places.setCommunityPoint': 'admin',
  'places.setCommunityBoundary': 'admin',
  'places.importBoundaries': 'admin',
  'places.stations': 'anyone',
  'places.addStation': 'admin',
  'places.removeStation': 'admin',

  // households
  'households.requestBinding': 'anyone',
  'households.myBinding': 'anyone',
  'households.cancelRequest': 'anyone',
  'households.captainQueue': 'captain|staff',
  'households.decide': 'captain|staff',
  'households.children': 'anyone',
  'households.addChild': 'adults',
  'households.childLinkCode': 'adults',
  'households.openChildLink': 'newcomers',
  'households.linkChild': 'newcomers',

  // conventions
  'conventions.list': 'anyone',
  'conventions.get': 'anyone',
  'conventions.sign': 'anyone',
  'conventions.certificate': 'anyone',
  'conventions.history': 'anyone',
  'conventions.publishable': 'staff|admin',
  'conventions.publishVersion': 'staff|admin',

  // shops
  'shops.pledgeText': 'anyone',
  'shops.signPledge': 'adults',
  'shops.myShops': 'anyone',

  // campaign
  'campaign.summary': 'anyone',
  'campaign.todo': 'anyone',
  'campaign.workbench': 'anyone',
  'campaign.home': 'anyone',
  'campaign.settings': 'admin',
  'campaign.updateSettings': 'admin',

  // reports
  'reports.categories': 'anyone',
  'reports.nearby': 'anyone',
  'reports.submit': 'anyone',
  'reports.meToo': 'anyone',
  'reports.mine': 'anyone',
  'reports.detail': 'anyone',
  'reports.departments': 'anyone',
  'reports.staffQueue': 'staff|admin',
  'reports.accept': 'staff|admin',
  'reports.reject': 'staff|admin',
  'reports.markDuplicate': 'staff|admin',
  'reports.assign': 'staff|admin',
  'reports.handlerQueue': 'handler',
  'reports.start': 'handler',
  'reports.fix': 'handler',
  'reports.return': 'handler',
  'reports.confirm': 'anyone',
  'reports.dispute': 'anyone',
  'reports.rate': 'anyone',
  'reports.gallery': 'anyone',
  'reports.overdue': 'admin',
  'reports.escalate': 'admin',
  'reports.scoreboard': 'anyone', // public: each department's record, no person named
  'reports.settings': 'admin',
  'reports.saveCategory': 'admin',
  'reports.saveAreaRule': 'admin',

  // files
  'files.upload': 'anyone',

  // inbox
  'inbox.list': 'anyone',
  'inbox.unreadCount': 'anyone',
  'inbox.markRead': 'anyone',
  'inbox.markAllRead': 'anyone',
  'inbox.subscribeTemplates': 'anyone',
  'inbox.subscribed': 'anyone',

  // families
  'families.campaigns': 'anyone',
  'families.campaign': 'anyone',
  'families.createCampaign': 'admin',
  'families.nominate': 'anyone',
  'families.mine': 'anyone',
  'families.consentRequests': 'anyone',
  'families.nomination': 'anyone',
  'families.history': 'anyone',
  'families.consent': 'anyone',
  'families.withdrawConsent': 'anyone',
  'families.revise': 'anyone',
  'families.reviewQueue': 'staff|admin',
  'families.review': 'staff|admin',
  'families.entries': 'anyone',
  'families.vote': 'anyone',
  'families.flags': 'admin',
  'families.voidVotes': 'admin',
  'families.exportVotes': 'admin',
  'families.rateHousehold': 'staff|admin',
  'families.householdStars': 'anyone',

  // goodPeople
  'goodPeople.categories': 'anyone',
  'goodPeople.nominate': 'adults',
  'goodPeople.mine': 'anyone',
  'goodPeople.detail': 'anyone',
  'goodPeople.lookupCode': 'anyone',
  'goodPeople.consentByCode': 'anyone',
  'goodPeople.consentRequest': 'adults',
  'goodPeople.answerConsent': 'adults',
  'goodPeople.confirmConsent': 'staff|admin',
  'goodPeople.reviewQueue': 'staff|admin',
  'goodPeople.review': 'staff|admin',
  'goodPeople.revise': 'anyone',
  'goodPeople.gallery': 'anyone',
  'goodPeople.support': 'anyone',
  'goodPeople.award': 'admin',
  'goodPeople.honourRoll': 'anyone',
  'goodPeople.events': 'anyone',
  'goodPeople.history': 'anyone',
  'goodPeople.withdraw': 'anyone',

  // points
  'points.balance': 'anyone',
  'points.history': 'anyone',
  'points.policy': 'anyone',
  'points.setPolicy': 'admin',

  // activities
  'activities.create': 'team_lead|staff|admin',
  'activities.list': 'anyone',
  'activities.detail': 'anyone',
  'activities.signUp': 'anyone',
  'activities.cancel': 'anyone',
  'activities.callOff': 'team_lead|staff|admin',
  'activities.roster': 'team_lead|staff|admin',
  'activities.code': 'team_lead|staff|admin',
  'activities.check': 'anyone',
  'activities.certify': 'team_lead|staff|admin',
  'activities.organisers': 'anyone',
  'activities.setSpeakers': 'team_lead|staff|admin',

  // notices
  'notices.buildings': 'anyone',
  'notices.post': 'captain|staff|admin',
  'notices.edit': 'captain|staff|admin',
  'notices.withdraw': 'captain|staff|admin',
  'notices.forMe': 'anyone',
  'notices.read': 'anyone',
  'notices.acknowledge': 'anyone',
  'notices.managed': 'anyone',
  'notices.receipts': 'captain|staff|admin',
  'notices.remind': 'captain|staff|admin',
  'notices.history': 'captain|staff|admin',

  // volunteers
  'volunteers.teams': 'anyone',
  'volunteers.team': 'anyone',
  'volunteers.register': 'adults',
  'volunteers.me': 'anyone',
  'volunteers.apply': 'anyone',
  'volunteers.leave': 'anyone',
  'volunteers.members': 'team_lead|admin',
  'volunteers.decide': 'team_lead|admin',
  'volunteers.hours': 'anyone',
  'volunteers.certificate': 'anyone',
  'volunteers.leaderboard': 'anyone',

  // questionnaires
  'questionnaires.audiences': 'anyone',
  'questionnaires.create': 'staff|admin',
  'questionnaires.list': 'anyone',
  'questionnaires.pending': 'anyone',
  'questionnaires.detail': 'anyone',
  'questionnaires.submit': 'anyone',
  'questionnaires.proxyList': 'volunteer|team_lead',
  'questionnaires.proxySubmit': 'volunteer|team_lead',
  'questionnaires.results': 'staff|admin',
  'questionnaires.textAnswers': 'staff|admin',
  'questionnaires.exportCsv': 'staff|admin',

  // matters
  'matters.raise': 'anyone',
  'matters.mine': 'anyone',
  'matters.queue': 'captain|staff',
  'matters.detail': 'anyone',
  'matters.answer': 'captain|staff',
  'matters.resolve': 'captain|staff',
  'matters.report': 'captain|staff',

  // appointments
  'appointments.options': 'anyone',
  'appointments.invite': 'staff|admin',
  'appointments.open': 'newcomers',
  'appointments.accept': 'newcomers',
  'appointments.holders': 'staff|admin',
  'appointments.revoke': 'staff|admin',
  'appointments.cancel': 'staff|admin',
  'appointments.miniProgramCode': 'staff|admin',

  // privacy
  'privacy.myData': 'anyone',
  'privacy.deleteAccount': 'anyone',
  'privacy.consents': 'anyone',
  'privacy.consent': 'anyone',
  'privacy.withdrawConsent': 'anyone',

  // mall (积分超市): station staff for their station, the admin for the county (checked in the use case); adults redeem
  'mall.rewards': 'anyone',
  'mall.reward': 'anyone',
  'mall.redeem': 'adults',
  'mall.mine': 'anyone',
  'mall.myStations': 'station|admin',
  'mall.stationRewards': 'station|admin',
  'mall.manageReward': 'station|admin',
  'mall.createReward': 'station|admin',
  'mall.updateReward': 'station|admin',
  'mall.moveStock': 'station|admin',
  'mall.waiting': 'station|admin',
  'mall.handOver': 'station|admin',
  'mall.cancel': 'station|admin',
  'mall.markDelivery': 'station|admin',

  // help (积分换互助): adults post and settle their own (the use case checks the side); registered volunteers accept; community staff decide disputes (their community, checked in the use case)
  'help.post': 'adults',
  'help.open': 'volunteer',
  'help.mine': 'anyone',
  'help.request': 'anyone',
  'help.accept': 'volunteer',
  'help.confirm': 'adults',
  'help.cancel': 'adults',
  // the helper answers the requester's ask to cancel, or gives the request up (the use case checks they are its helper)
  'help.answerCancel': 'adults',
  'help.giveUp': 'adults',
  'help.dispute': 'adults',
  'help.disputes': 'staff|admin',
  'help.resolve': 'staff|admin',
  'help.hours': 'anyone',
  // inspections (督查暗访): the command centre builds and publishes rounds; inspectors visit their team's sites (checked in the use case); anyone reads a published bulletin
  'inspections.checklists': 'admin',
  'inspections.checklist': 'admin',
  'inspections.saveChecklist': 'admin',
  'inspections.sites': 'admin',
  'inspections.addSite': 'admin',
  'inspections.editSite': 'admin',
  'inspections.retireSite': 'admin',
  'inspections.inspectors': 'admin',
  'inspections.createRound': 'admin',
  'inspections.rounds': 'admin',
  'inspections.round': 'admin',
  'inspections.publish': 'admin',
  'inspections.mySites': 'inspector',
  'inspections.siteForm': 'inspector',
  'inspections.submit': 'inspector',
  'inspections.recheck': 'inspector',
  'inspections.recheckFailed': 'inspector',
  'inspections.bulletins': 'anyone',
  'inspections.bulletin': 'anyone',

  // assessment
  'assessment.weights': 'admin',
  'assessment.setWeights': 'admin',
  'assessment.preview': 'admin',
  'assessment.publish': 'admin',
  'assessment.ranking': 'anyone',

  // dashboard (全县每日情况): the command centre's, over its own county's daily counters
  'dashboard.overview': 'admin',

  // tasks (任务与责任书): the command centre builds the plan and reads the weekly report; units (handlers) sign the 责任书 and report progress on their tasks (checked in the use case); an area's sub-command reads its board; a task is read by whoever follows it (checked in the use case)
  'tasks.plan': 'admin',
  'tasks.options': 'admin',
  'tasks.create': 'admin',
  'tasks.edit': 'admin',
  'tasks.move': 'admin',
  'tasks.withdraw': 'admin',
  'tasks.mine': 'handler',
  'tasks.task': 'handler|admin|area_lead',
  'tasks.report': 'handler',
  'tasks.board': 'area_lead',
  'tasks.weekly': 'admin',
  'tasks.weeklyCsv': 'admin',
  'tasks.letter': 'handler',
  'tasks.signLetter': 'handler',
};
