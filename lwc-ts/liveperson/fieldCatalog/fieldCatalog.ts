/**
 * The predefined LivePerson field catalog (the guide's "55+ LiveEngage parameters"): for each value,
 * its address in the Agent Workspace Widget SDK (chat `sdk`, messaging `msgSdk`) and in the REST
 * APIs (Engagement History `api`, Messaging Interactions `msgApi`), in the field-path language of
 * `c/fieldPath`. An entry serves chat when it has a chat path and messaging when it has a messaging
 * path.
 *
 * This module is the single source: `npx tsx scripts/codegen/liveperson-field-catalog.ts` writes the
 * custom metadata records `force-app/main/liveperson/customMetadata/LivePerson_Field.<name>.md-meta.xml`
 * from it, and `scripts/codegen/__tests__/liveperson-field-catalog.test.ts` fails when they drift or
 * when an API path resolves on no simulated conversation of its channel.
 *
 * Messaging API paths assume the record was fetched with `LivePersonClient.MESSAGING_CONTENT`
 * (`monitoring`, `campaign`, `consumerParticipants`, `sdes`, `unAuthSdes` with `v=2`).
 */

export interface CatalogEntry {
  /** DeveloperName of the LivePerson_Field__mdt record (Field_Mapping__c.LivePerson_Field__c). */
  name: string;
  /** Label shown in the field-mapping picklist (at most 40 characters). */
  label: string;
  /** Group in the picklist. */
  category: string;
  /** Widget SDK path, chat. */
  sdk?: string;
  /** Engagement History API path (chat). */
  api?: string;
  /** Widget SDK path, messaging. */
  msgSdk?: string;
  /** Messaging Interactions API path. */
  msgApi?: string;
}

export const FIELD_CATALOG: readonly CatalogEntry[] = [
  {
    name: 'Conversation_Id',
    label: 'Conversation ID',
    category: 'Conversation',
    // Not a model path: the key the sync writes (chat: account id + session id), derived by
    // c/conversationKey (CONVERSATION_KEY_SDK_PATH, sdkValue).
    sdk: 'conversationKey',
    api: 'info.engagementId',
    msgSdk: 'conversationKey',
    msgApi: 'info.conversationId',
  },
  {
    name: 'Account_Id',
    label: 'LivePerson Account ID',
    category: 'Conversation',
    sdk: 'chatInfo.accountId',
    api: 'info.accountId',
    msgSdk: 'chatInfo.accountId',
    msgApi: 'info.brandId',
  },
  {
    name: 'Start_Time',
    label: 'Chat Start Time',
    category: 'Conversation',
    sdk: 'chatInfo.chatStartTime',
    api: 'info.startTime',
    msgSdk: 'chatInfo.chatStartTime',
    msgApi: 'info.startTime',
  },
  {
    name: 'Requested_Time',
    label: 'Chat Requested Time',
    category: 'Conversation',
    sdk: 'chatInfo.chatRequestedTime',
    api: 'info.chatRequestedTime',
    msgSdk: 'chatInfo.chatRequestedTime',
  },
  {
    name: 'End_Time',
    label: 'Chat End Time',
    category: 'Conversation',
    api: 'info.endTime',
    msgApi: 'info.endTime',
  },
  { name: 'Chat_Duration', label: 'Chat Duration (seconds)', category: 'Conversation', api: 'info.duration' },
  {
    name: 'Conversation_Duration',
    label: 'Conversation Duration (milliseconds)',
    category: 'Conversation',
    msgApi: 'info.duration',
  },
  {
    name: 'Conversation_Status',
    label: 'Conversation Status',
    category: 'Conversation',
    msgApi: 'info.status',
  },
  { name: 'Close_Reason', label: 'Close Reason', category: 'Conversation', msgApi: 'info.closeReason' },
  { name: 'Start_Reason', label: 'Chat Start Reason', category: 'Conversation', api: 'info.startReasonDesc' },
  { name: 'End_Reason', label: 'Chat End Reason', category: 'Conversation', api: 'info.endReasonDesc' },
  {
    name: 'Skill_Name',
    label: 'Skill Name',
    category: 'Conversation',
    sdk: 'chatInfo.chatSkill',
    api: 'info.skillName',
    msgSdk: 'chatInfo.chatSkill',
    msgApi: 'info.latestSkillName',
  },
  {
    name: 'Skill_Id',
    label: 'Skill ID',
    category: 'Conversation',
    api: 'info.skillId',
    msgApi: 'info.latestSkillId',
  },
  {
    name: 'Start_Page_Url',
    label: 'Chat Start Page URL',
    category: 'Conversation',
    sdk: 'chatInfo.chatStartUrl',
    api: 'info.chatStartUrl',
    msgApi: 'monitoring.conversationStartPage',
  },
  {
    name: 'Start_Page_Title',
    label: 'Chat Start Page Title',
    category: 'Conversation',
    api: 'info.chatStartPage',
    msgApi: 'monitoring.conversationStartPageTitle',
  },
  {
    name: 'Conversation_Source',
    label: 'Conversation Source',
    category: 'Conversation',
    msgApi: 'info.source',
  },
  {
    name: 'Agent_Name',
    label: 'Agent Name',
    category: 'Agent',
    sdk: 'chattingAgentInfo.agentName',
    api: 'info.agentFullName',
    msgSdk: 'chattingAgentInfo.agentName',
    msgApi: 'info.latestAgentFullName',
  },
  {
    name: 'Agent_Nickname',
    label: 'Agent Nickname',
    category: 'Agent',
    api: 'info.agentNickName',
    msgSdk: 'chattingAgentInfo.agentNickname',
    msgApi: 'info.latestAgentNickname',
  },
  {
    name: 'Agent_Id',
    label: 'Agent ID',
    category: 'Agent',
    sdk: 'chattingAgentInfo.agentId',
    api: 'info.agentId',
    msgSdk: 'chattingAgentInfo.agentId',
    msgApi: 'info.latestAgentId',
  },
  {
    name: 'Agent_Login_Name',
    label: 'Agent Login Name',
    category: 'Agent',
    api: 'info.agentLoginName',
    msgApi: 'info.latestAgentLoginName',
  },
  {
    name: 'Agent_Group_Name',
    label: 'Agent Group Name',
    category: 'Agent',
    api: 'info.agentGroupName',
    msgSdk: 'chattingAgentInfo.agentGroupName',
    msgApi: 'info.latestAgentGroupName',
  },
  {
    name: 'Agent_Email',
    label: 'Agent Email (widget user)',
    category: 'Agent',
    sdk: 'agentInfo.agentEmail',
    msgSdk: 'agentInfo.agentEmail',
  },
  {
    name: 'Visitor_Id',
    label: 'Visitor ID',
    category: 'Visitor',
    sdk: 'visitorInfo.visitorId',
    api: 'info.visitorId',
    msgSdk: 'visitorInfo.visitorId',
    msgApi: 'consumerParticipants.participantId',
  },
  {
    name: 'Visitor_Name',
    label: 'Visitor Name',
    category: 'Visitor',
    sdk: 'visitorInfo.visitorName',
    api: 'info.visitorName',
    msgSdk: 'visitorInfo.visitorName',
    msgApi: 'consumerParticipants.consumerName',
  },
  {
    name: 'Consumer_First_Name',
    label: 'Consumer First Name',
    category: 'Visitor',
    msgApi: 'consumerParticipants.firstName',
  },
  {
    name: 'Consumer_Last_Name',
    label: 'Consumer Last Name',
    category: 'Visitor',
    msgApi: 'consumerParticipants.lastName',
  },
  {
    name: 'Consumer_Email',
    label: 'Consumer Email',
    category: 'Visitor',
    msgSdk: 'surveyQuestions.preChat.email.value',
    msgApi: 'consumerParticipants.email',
  },
  {
    name: 'Consumer_Phone',
    label: 'Consumer Phone',
    category: 'Visitor',
    msgSdk: 'surveyQuestions.preChat.phone.value',
    msgApi: 'consumerParticipants.phone',
  },
  {
    name: 'Device',
    label: 'Visitor Device',
    category: 'Visitor',
    sdk: 'visitorInfo.device',
    api: 'visitorInfo.device',
    msgSdk: 'visitorInfo.device',
    msgApi: 'info.device',
  },
  {
    name: 'Browser',
    label: 'Visitor Browser',
    category: 'Visitor',
    sdk: 'visitorInfo.browser',
    api: 'visitorInfo.browser',
    msgSdk: 'visitorInfo.browser',
    msgApi: 'info.browser',
  },
  {
    name: 'Operating_System',
    label: 'Visitor Operating System',
    category: 'Visitor',
    sdk: 'visitorInfo.operatingSystem',
    api: 'visitorInfo.operatingSystem',
    msgSdk: 'visitorInfo.operatingSystem',
    msgApi: 'info.operatingSystem',
  },
  {
    name: 'Country',
    label: 'Visitor Country',
    category: 'Visitor',
    sdk: 'visitorInfo.country',
    api: 'visitorInfo.country',
    msgApi: 'monitoring.country',
  },
  {
    name: 'Country_Code',
    label: 'Visitor Country Code',
    category: 'Visitor',
    sdk: 'visitorInfo.countryCode',
    api: 'visitorInfo.countryCode',
    msgApi: 'monitoring.countryCode',
  },
  {
    name: 'State',
    label: 'Visitor State',
    category: 'Visitor',
    sdk: 'visitorInfo.state',
    api: 'visitorInfo.state',
    msgApi: 'monitoring.state',
  },
  {
    name: 'City',
    label: 'Visitor City',
    category: 'Visitor',
    sdk: 'visitorInfo.city',
    api: 'visitorInfo.city',
    msgApi: 'monitoring.city',
  },
  {
    name: 'ISP',
    label: 'Visitor ISP',
    category: 'Visitor',
    sdk: 'visitorInfo.isp',
    api: 'visitorInfo.isp',
    msgApi: 'monitoring.isp',
  },
  {
    name: 'Organization',
    label: 'Visitor Organization',
    category: 'Visitor',
    sdk: 'visitorInfo.organization',
    api: 'visitorInfo.org',
    msgApi: 'monitoring.org',
  },
  {
    name: 'IP_Address',
    label: 'Visitor IP Address',
    category: 'Visitor',
    sdk: 'visitorInfo.IpAddress',
    api: 'visitorInfo.ipAddress',
    msgApi: 'monitoring.ipAddress',
  },
  {
    name: 'PreChat_Visitor_Name',
    label: 'Pre-Chat Survey Visitor Name',
    category: 'Pre-Chat Survey',
    sdk: 'surveyQuestions.preChat.name.value',
    api: 'surveys.preChat[displayName=Name].value',
  },
  {
    name: 'PreChat_Visitor_Email',
    label: 'Pre-Chat Survey Visitor Email',
    category: 'Pre-Chat Survey',
    sdk: 'surveyQuestions.preChat.email.value',
    api: 'surveys.preChat[displayName=Email].value',
  },
  {
    name: 'PreChat_Visitor_Phone',
    label: 'Pre-Chat Survey Visitor Phone',
    category: 'Pre-Chat Survey',
    sdk: 'surveyQuestions.preChat.phone.value',
    api: 'surveys.preChat[displayName=Phone].value',
  },
  {
    name: 'Campaign_Name',
    label: 'Campaign Name',
    category: 'Campaign',
    sdk: 'campaignInfo.campaignName',
    api: 'campaign.campaignName',
    msgApi: 'campaign.campaignName',
  },
  {
    name: 'Campaign_Id',
    label: 'Campaign ID',
    category: 'Campaign',
    sdk: 'campaignInfo.campaignId',
    api: 'campaign.campaignId',
    msgApi: 'campaign.campaignId',
  },
  {
    name: 'Goal_Name',
    label: 'Goal Name',
    category: 'Campaign',
    sdk: 'campaignInfo.goalName',
    api: 'campaign.goalName',
    msgApi: 'campaign.goalName',
  },
  {
    name: 'Engagement_Name',
    label: 'Engagement Name',
    category: 'Campaign',
    sdk: 'engagementInfo.engagementName',
    api: 'campaign.campaignEngagementName',
    msgSdk: 'engagementInfo.engagementName',
    msgApi: 'campaign.campaignEngagementName',
  },
  {
    name: 'Visitor_Behavior',
    label: 'Visitor Behavior',
    category: 'Campaign',
    sdk: 'engagementInfo.VisitorBehavior',
    api: 'campaign.visitorBehaviorName',
    msgApi: 'campaign.visitorBehaviorName',
  },
  {
    name: 'Visitor_Profile',
    label: 'Visitor Profile',
    category: 'Campaign',
    sdk: 'campaignInfo.targetAudience',
    api: 'campaign.visitorProfileName',
    msgApi: 'campaign.visitorProfileName',
  },
  {
    name: 'Line_Of_Business',
    label: 'Line of Business',
    category: 'Campaign',
    api: 'campaign.lobName',
    msgApi: 'campaign.lobName',
  },
  {
    name: 'MCS',
    label: 'Meaningful Connection Score (MCS)',
    category: 'Scores',
    api: 'info.chatMCS',
    msgApi: 'info.mcs',
  },
  {
    name: 'Alerted_MCS',
    label: 'Alerted MCS',
    category: 'Scores',
    api: 'info.alertedMCS',
    msgApi: 'info.alertedMCS',
  },
  { name: 'CSAT', label: 'CSAT Rate', category: 'Scores', msgApi: 'info.csatRate' },
  {
    name: 'Customer_Id',
    label: 'Customer ID',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.customerId',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerId',
    msgSdk: 'SDE.customerDetails.customerId',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerId',
  },
  {
    name: 'Customer_Type',
    label: 'Customer Type',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.type',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerType',
    msgSdk: 'SDE.customerDetails.type',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerType',
  },
  {
    name: 'Customer_Status',
    label: 'Customer Status',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.status',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerStatus',
    msgSdk: 'SDE.customerDetails.status',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerStatus',
  },
  {
    name: 'Customer_Balance',
    label: 'Customer Balance',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.balance',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.balance',
    msgSdk: 'SDE.customerDetails.balance',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.balance',
  },
  {
    name: 'Customer_Account_Name',
    label: 'Customer Account Name',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.accountName',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.accountName',
    msgSdk: 'SDE.customerDetails.accountName',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.accountName',
  },
  {
    name: 'Customer_User_Name',
    label: 'Customer User Name',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.userName',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.userName',
    msgSdk: 'SDE.customerDetails.userName',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.userName',
  },
  {
    name: 'Customer_Role',
    label: 'Customer Role',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.role',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.role',
    msgSdk: 'SDE.customerDetails.role',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.role',
  },
  {
    name: 'Company_Size',
    label: 'Company Size',
    category: 'Customer Info (SDE)',
    sdk: 'SDE.customerDetails.companySize',
    api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.companySize',
    msgSdk: 'SDE.customerDetails.companySize',
    msgApi: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.companySize',
  },
  {
    name: 'Personal_Name',
    label: 'Personal Info Name',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.name',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.name',
    msgSdk: 'SDE.personalInfo.name',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.name',
  },
  {
    name: 'Personal_Surname',
    label: 'Personal Info Surname',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.lastname',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.surname',
    msgSdk: 'SDE.personalInfo.lastname',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.surname',
  },
  {
    name: 'Personal_Email',
    label: 'Personal Info Email',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.contactInfo.email',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.contacts.personalContact.email',
    msgSdk: 'SDE.personalInfo.contactInfo.email',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.contacts.personalContact.email',
  },
  {
    name: 'Personal_Phone',
    label: 'Personal Info Phone',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.contactInfo.phone',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.contacts.personalContact.phone',
    msgSdk: 'SDE.personalInfo.contactInfo.phone',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.contacts.personalContact.phone',
  },
  {
    name: 'Personal_Company',
    label: 'Personal Info Company',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.company',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.company',
    msgSdk: 'SDE.personalInfo.company',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.company',
  },
  {
    name: 'Personal_Language',
    label: 'Personal Info Language',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.language',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.language',
    msgSdk: 'SDE.personalInfo.language',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.language',
  },
  {
    name: 'Personal_Age',
    label: 'Personal Info Age',
    category: 'Personal Info (SDE)',
    sdk: 'SDE.personalInfo.age',
    api: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.customerAge.customerAgeInYears',
    msgSdk: 'SDE.personalInfo.age',
    msgApi: 'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.customerAge.customerAgeInYears',
  },
  {
    name: 'Marketing_Affiliate',
    label: 'Marketing Affiliate',
    category: 'Marketing Source (SDE)',
    sdk: 'SDE.marketingSource.affiliate',
    api: 'sdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.affiliate',
    msgSdk: 'SDE.marketingSource.affiliate',
    msgApi:
      'unAuthSdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.affiliate',
  },
  {
    name: 'Marketing_Channel',
    label: 'Marketing Originating Channel',
    category: 'Marketing Source (SDE)',
    sdk: 'SDE.marketingSource.originatingChannel',
    api: 'sdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.originatingChannel',
    msgSdk: 'SDE.marketingSource.originatingChannel',
    msgApi:
      'unAuthSdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.originatingChannel',
  },
  {
    name: 'Marketing_Campaign_Id',
    label: 'Marketing Campaign ID',
    category: 'Marketing Source (SDE)',
    sdk: 'SDE.marketingSource.campaignId',
    api: 'sdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.campaignId',
    msgSdk: 'SDE.marketingSource.campaignId',
    msgApi:
      'unAuthSdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.campaignId',
  },
  {
    name: 'Lead_Id',
    label: 'Lead ID',
    category: 'Lead (SDE)',
    sdk: 'SDE.leadGeneration.leadId',
    api: 'sdes.events[sdeType=LEAD].lead.lead.leadId',
    msgSdk: 'SDE.leadGeneration.leadId',
    msgApi: 'unAuthSdes.events[sdeType=LEAD].lead.lead.leadId',
  },
  {
    name: 'Lead_Topic',
    label: 'Lead Topic',
    category: 'Lead (SDE)',
    sdk: 'SDE.leadGeneration.topic',
    api: 'sdes.events[sdeType=LEAD].lead.lead.topic',
    msgSdk: 'SDE.leadGeneration.topic',
    msgApi: 'unAuthSdes.events[sdeType=LEAD].lead.lead.topic',
  },
  {
    name: 'Lead_Value',
    label: 'Lead Value',
    category: 'Lead (SDE)',
    sdk: 'SDE.leadGeneration.value',
    api: 'sdes.events[sdeType=LEAD].lead.lead.value',
    msgSdk: 'SDE.leadGeneration.value',
    msgApi: 'unAuthSdes.events[sdeType=LEAD].lead.lead.value',
  },
  {
    name: 'Service_Activity_Id',
    label: 'Service Activity ID',
    category: 'Service Activity (SDE)',
    sdk: 'SDE.serviceActivity.id',
    api: 'sdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.serviceId',
    msgSdk: 'SDE.serviceActivity.id',
    msgApi: 'unAuthSdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.serviceId',
  },
  {
    name: 'Service_Activity_Topic',
    label: 'Service Activity Topic',
    category: 'Service Activity (SDE)',
    sdk: 'SDE.serviceActivity.topic',
    api: 'sdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.topic',
    msgSdk: 'SDE.serviceActivity.topic',
    msgApi: 'unAuthSdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.topic',
  },
  {
    name: 'Service_Activity_Status',
    label: 'Service Activity Status',
    category: 'Service Activity (SDE)',
    sdk: 'SDE.serviceActivity.status',
    api: 'sdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.status',
    msgSdk: 'SDE.serviceActivity.status',
    msgApi: 'unAuthSdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.status',
  },
  {
    name: 'Service_Activity_Category',
    label: 'Service Activity Category',
    category: 'Service Activity (SDE)',
    sdk: 'SDE.serviceActivity.category',
    api: 'sdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.category',
    msgSdk: 'SDE.serviceActivity.category',
    msgApi: 'unAuthSdes.events[sdeType=SERVICE_ACTIVITY].serviceActivity.serviceActivity.category',
  },
  {
    name: 'Cart_Total',
    label: 'Shopping Cart Total',
    category: 'Cart (SDE)',
    sdk: 'SDE.shoppingCart.cartTotal',
    api: 'sdes.events[sdeType=CART_STATUS].cartStatus.cartStatus.total',
    msgSdk: 'SDE.shoppingCart.cartTotal',
    msgApi: 'unAuthSdes.events[sdeType=CART_STATUS].cartStatus.cartStatus.total',
  },
  {
    name: 'Cart_Items',
    label: 'Shopping Cart Item Count',
    category: 'Cart (SDE)',
    sdk: 'SDE.shoppingCart.numItems',
    api: 'sdes.events[sdeType=CART_STATUS].cartStatus.cartStatus.numItems',
    msgSdk: 'SDE.shoppingCart.numItems',
    msgApi: 'unAuthSdes.events[sdeType=CART_STATUS].cartStatus.cartStatus.numItems',
  },
];

/**
 * What the messaging sync asks Messaging Interactions for (`contentToRetrieve`, with `v=2`); the
 * `msgApi` paths assume it. Pinned to Apex `LivePersonClient.MESSAGING_CONTENT` by
 * config/vectors/messaging-content.json.
 */
export const MESSAGING_CONTENT: readonly string[] = [
  'campaign',
  'messageRecords',
  'agentParticipants',
  'consumerParticipants',
  'transfers',
  'interactions',
  'messageScores',
  'conversationSurveys',
  'summary',
  'sdes',
  'unAuthSdes',
  'dialogs',
  'monitoring',
];

/** Whether an entry has a chat path. */
export function servesChat(e: CatalogEntry): boolean {
  return Boolean(e.sdk || e.api);
}

/** Whether an entry has a messaging path. */
export function servesMessaging(e: CatalogEntry): boolean {
  return Boolean(e.msgSdk || e.msgApi);
}

/** The entry with this DeveloperName, or undefined. */
export function catalogEntry(name: string): CatalogEntry | undefined {
  return FIELD_CATALOG.find((e) => e.name === name);
}

/** The widget SDK path for a channel (`msgSdk` for messaging, `sdk` for chat), or undefined. */
export function sdkPath(e: CatalogEntry, isMessaging: boolean): string | undefined {
  return isMessaging ? e.msgSdk : e.sdk;
}
