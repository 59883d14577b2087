/**
 * Fixed sample data of the simulated LivePerson account: skills, agents, campaigns, surveys, and
 * the word lists conversations are built from. Ids follow the shapes seen in LivePerson's docs
 * (10-digit numeric skill / agent / campaign ids, engagementId = accountId + chat id).
 */

export interface SimSkill {
  id: number;
  name: string;
  description: string;
  deleted: boolean;
  skillOrder: number;
  maxWaitTime: number;
  dateUpdated: string;
  canTransfer: boolean;
  topic: 'sales' | 'support' | 'billing' | 'tech' | 'retention';
}

export const SKILLS: readonly SimSkill[] = [
  skill(3856001210, 'Billing', 'Billing questions', 1, 'billing'),
  skill(3856001310, 'Sales', 'New customers and upgrades', 2, 'sales'),
  skill(3856001410, 'Support', 'General product support', 3, 'support'),
  skill(3856001510, 'Technical Support', 'Tier 2 technical issues', 4, 'tech'),
  skill(3856001610, 'Retention', 'Cancellations and win-back', 5, 'retention'),
  {
    ...skill(3856001110, 'Legacy Chat', 'Retired skill kept for old transcripts', 6, 'support'),
    deleted: true,
  },
];

/** Skills conversations are routed to (the deleted one is never used for new data). */
export const ACTIVE_SKILLS: readonly SimSkill[] = SKILLS.filter((s) => !s.deleted);

function skill(
  id: number,
  name: string,
  description: string,
  order: number,
  topic: SimSkill['topic'],
): SimSkill {
  return {
    id,
    name,
    description,
    deleted: false,
    skillOrder: order,
    maxWaitTime: 120,
    dateUpdated: `2025-0${order}-1${order} 10:12:55`,
    canTransfer: true,
    topic,
  };
}

export interface SimAgent {
  id: string;
  loginName: string;
  nickname: string;
  fullName: string;
  employeeId: string;
  groupId: number;
  groupName: string;
  skillIds: number[];
  maxChats: number;
}

export const AGENTS: readonly SimAgent[] = [
  agent(3856114410, 'Sam', 'Sam Lee', -1, [3856001210, 3856001410]),
  agent(3856114510, 'Priya', 'Priya Natarajan', -1, [3856001310, 3856001610]),
  agent(3856114610, 'Marco', 'Marco Rossi', -1, [3856001310, 3856001210]),
  agent(3856114710, 'Aiko', 'Aiko Tanaka', 3856300010, [3856001510, 3856001410]),
  agent(3856114810, 'Olu', 'Oluwaseun Adeyemi', 3856300010, [3856001510]),
  agent(3856114910, 'Zoë', 'Zoë Fischer', -1, [3856001410, 3856001610]),
  agent(3856115010, 'Diego', 'Diego Hernández', -1, [3856001210, 3856001310]),
  agent(3856115110, 'Hannah', "Hannah O'Brien", 3856300010, [3856001410, 3856001510, 3856001610]),
];

function agent(
  id: number,
  nickname: string,
  fullName: string,
  groupId: number,
  skillIds: number[],
): SimAgent {
  const login = fullName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '.');
  return {
    id: String(id),
    loginName: `${login}@example.com`,
    nickname,
    fullName,
    employeeId: `E${String(id).slice(-5)}`,
    groupId,
    groupName: groupId === -1 ? 'Main Group' : 'Tier 2',
    skillIds,
    maxChats: 4,
  };
}

export interface SimCampaign {
  campaignId: string;
  campaignName: string;
  campaignDescription: string;
  goalId: string;
  goalName: string;
  goalDescription: string;
  engagementId: string;
  engagementName: string;
  engagementType: string;
  visitorBehaviorId: string;
  visitorBehaviorName: string;
  visitorProfileId: string;
  visitorProfileName: string;
  lobId: number;
  lobName: string;
  engagementSource: string;
}

export const CAMPAIGNS: readonly SimCampaign[] = [
  campaign(
    '3856200010',
    'Live Chat on your site',
    'Interact with visitors',
    '3856200110',
    'Sticky button',
    'Any behavior',
    'All visitors',
    'WEB_SITE',
  ),
  campaign(
    '3856200210',
    'Spring Promo',
    'Increase sales',
    '3856200310',
    'Offer invite',
    'Cart abandoners',
    'Returning customers',
    'WEB_SITE',
  ),
  campaign(
    '3856200410',
    'Messaging Everywhere',
    'Deflect to messaging',
    '3856200510',
    'Mobile app entry',
    'Any behavior',
    'Authenticated customers',
    'MOBILE_APP',
  ),
  campaign(
    '3856200610',
    'Billing Help',
    'Reduce billing calls',
    '3856200710',
    'Invoice page button',
    'Viewed invoice',
    'All visitors',
    'WEB_SITE',
  ),
];

function campaign(
  id: string,
  name: string,
  goal: string,
  engagementId: string,
  engagementName: string,
  behavior: string,
  profile: string,
  source: string,
): SimCampaign {
  const n = Number(id);
  return {
    campaignId: id,
    campaignName: name,
    campaignDescription: `${name} campaign`,
    goalId: String(n - 100),
    goalName: goal,
    goalDescription: `${goal} (goal)`,
    engagementId,
    engagementName,
    engagementType: 'Button',
    visitorBehaviorId: String(n + 30),
    visitorBehaviorName: behavior,
    visitorProfileId: String(n + 40),
    visitorProfileName: profile,
    lobId: -1,
    lobName: 'NA',
    engagementSource: source,
  };
}

/** Pre-chat survey (id and question ids as in LivePerson's examples). */
export const PRE_CHAT_SURVEY = { surveyId: 195991, name: 'Pre-Chat Survey' } as const;
export const ACCOUNT_NUMBER_QUESTION = 'What is your Account Number?';
export const POST_CHAT_SURVEY = { surveyId: 195992, name: 'Exit Survey' } as const;
export const AGENT_SURVEY = { surveyId: 195993, name: 'Agent Survey' } as const;
export const MSG_CSAT_QUESTION = 'How satisfied were you with the conversation?';

export const FIRST_NAMES: readonly string[] = [
  'Dana',
  'Alex',
  'Maria',
  'James',
  'Fatima',
  'Wei',
  'Olivia',
  'Noah',
  'Sofia',
  'Liam',
  'Amara',
  'Lucas',
  'Chloé',
  'Ethan',
  'Isabella',
  'Mateo',
  'Aisha',
  'Daniel',
  'Emma',
  'Kenji',
  'Grace',
  'Omar',
  'Léa',
  'Benjamin',
  'Nadia',
  'Henry',
  'Ava',
  'Samuel',
  'Mia',
  'Ravi',
  'Ingrid',
  'Tomás',
  'Hana',
  'Victor',
  'Yara',
  'Felix',
  'Nora',
  'Jonas',
  'Elif',
  'Arjun',
];

export const LAST_NAMES: readonly string[] = [
  'Rivera',
  'Chen',
  'Schmidt',
  'Johnson',
  'Khan',
  'Nguyen',
  'Müller',
  'Smith',
  'García',
  'Brown',
  'Okafor',
  'Martin',
  'Dubois',
  'Wilson',
  'Rossi',
  'López',
  'Ali',
  'Taylor',
  'Kowalski',
  'Sato',
  'Anderson',
  'Haddad',
  'Bernard',
  'Clark',
  'Petrov',
  'Walker',
  'Young',
  'Silva',
  'Jensen',
  'Patel',
  "O'Connor",
  'Novak',
  'Kim',
  'Lambert',
  'Costa',
  'Weber',
  'Lindqvist',
  'Moreau',
  'Yilmaz',
  'Sharma',
];

export const COMPANIES: readonly string[] = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Foods',
  'Hooli',
  'Vandelay Industries',
  'Soylent Labs',
  'Tyrell Systems',
  '',
  '',
  '',
];

export const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net'];
export const AREA_CODES: readonly string[] = ['212', '312', '415', '617', '646', '702', '805', '919'];

export const LOCATIONS: readonly {
  country: string;
  countryCode: string;
  state: string;
  city: string;
  timezone: string;
}[] = [
  {
    country: 'United States',
    countryCode: 'US',
    state: 'Ohio',
    city: 'Columbus',
    timezone: 'America/New_York',
  },
  {
    country: 'United States',
    countryCode: 'US',
    state: 'California',
    city: 'San Jose',
    timezone: 'America/Los_Angeles',
  },
  {
    country: 'United States',
    countryCode: 'US',
    state: 'Texas',
    city: 'Austin',
    timezone: 'America/Chicago',
  },
  {
    country: 'United Kingdom',
    countryCode: 'GB',
    state: 'England',
    city: 'Leeds',
    timezone: 'Europe/London',
  },
  { country: 'Germany', countryCode: 'DE', state: 'Bavaria', city: 'Munich', timezone: 'Europe/Berlin' },
  { country: 'Canada', countryCode: 'CA', state: 'Ontario', city: 'Toronto', timezone: 'America/Toronto' },
  {
    country: 'Australia',
    countryCode: 'AU',
    state: 'New South Wales',
    city: 'Sydney',
    timezone: 'Australia/Sydney',
  },
];

export const ISPS: readonly string[] = [
  'ExampleNet',
  'Comcast Cable',
  'BT',
  'Deutsche Telekom',
  'Rogers',
  'Telstra',
];

export const BROWSERS: readonly { browser: string; device: string; os: string }[] = [
  { browser: 'Chrome 124.0', device: 'DESKTOP', os: 'WINDOWS' },
  { browser: 'Safari 17.4', device: 'DESKTOP', os: 'MAC_OSX' },
  { browser: 'Firefox 125.0', device: 'DESKTOP', os: 'LINUX' },
  { browser: 'Edge 124.0', device: 'DESKTOP', os: 'WINDOWS' },
  { browser: 'Mobile Safari 17.4', device: 'MOBILE', os: 'IOS' },
  { browser: 'Chrome Mobile 124.0', device: 'MOBILE', os: 'ANDROID' },
  { browser: 'Safari 17.4', device: 'TABLET', os: 'IOS' },
];

export const MSG_SOURCES: readonly { source: string; device: string; browser: string; os: string }[] = [
  { source: 'SHARK', device: 'DESKTOP', browser: 'CHROME', os: 'WINDOWS' },
  { source: 'SHARK', device: 'MOBILE', browser: 'SAFARI', os: 'IOS' },
  { source: 'APP', device: 'MOBILE', browser: 'OTHER', os: 'ANDROID' },
  { source: 'APP', device: 'MOBILE', browser: 'OTHER', os: 'IOS' },
  { source: 'SMS', device: 'MOBILE', browser: 'OTHER', os: 'OTHER' },
  { source: 'WhatsApp Business', device: 'MOBILE', browser: 'OTHER', os: 'OTHER' },
];

export const START_PAGES: Record<SimSkill['topic'], { url: string; title: string }> = {
  billing: { url: 'https://shop.example.com/account/billing', title: 'Billing - Example' },
  sales: { url: 'https://shop.example.com/pricing', title: 'Pricing - Example' },
  support: { url: 'https://shop.example.com/help', title: 'Help Center - Example' },
  tech: { url: 'https://shop.example.com/help/troubleshooting', title: 'Troubleshooting - Example' },
  retention: { url: 'https://shop.example.com/account/cancel', title: 'Manage subscription - Example' },
};

/** Dialogue scripts per topic: alternating visitor / agent lines (the agent opens with a greeting). */
export const SCRIPTS: Record<SimSkill['topic'], readonly (readonly string[])[]> = {
  billing: [
    [
      'My invoice is wrong',
      'Let me check that for you.',
      'I was charged twice in May',
      'I can see the duplicate charge & I have reversed it.',
      'Great, thanks!',
      'You are welcome. Anything else?',
    ],
    [
      'Why did my bill go up?',
      'The promotional rate ended last month.',
      'Can I get it back?',
      'I can offer 10% off for 12 months.',
      "OK, let's do that",
      'Done — it will show on your next invoice.',
    ],
    [
      'How do I update my credit card?',
      'Go to Account > Billing > Payment methods.',
      'Found it, thank you',
      'Happy to help!',
    ],
  ],
  sales: [
    [
      'Do you offer a business plan?',
      'Yes! Our Business plan starts at $49/month.',
      'Does it include phone support?',
      'It includes 24/7 phone & chat support.',
      'Can I get a quote for 25 seats?',
      'Sure, I will email you a quote today.',
    ],
    [
      'Is there a discount for annual billing?',
      'Annual billing saves 2 months.',
      'Nice, how do I switch?',
      'I can switch it for you right now.',
    ],
    [
      'What is the difference between Pro and Plus?',
      'Plus adds analytics and SSO.',
      'I need SSO',
      'Then Plus is the right plan for you.',
      'Thanks',
    ],
  ],
  support: [
    [
      'I cannot log in',
      'Sorry to hear that. Did you try resetting your password?',
      'Yes, the email never arrives',
      'I have re-sent it; please check your spam folder.',
      'Got it, thanks',
      'Glad it worked!',
    ],
    [
      'Where is my order?',
      'Could you share the order number?',
      'It is 100-4432',
      'It shipped yesterday and arrives Friday.',
      'Perfect',
    ],
    [
      'The app keeps crashing',
      'Which version are you on?',
      '5.2.1 on my phone',
      'Please update to 5.2.3, it fixes that crash.',
      'That fixed it',
    ],
  ],
  tech: [
    [
      'Your API returns 500 errors',
      'Which endpoint do you call?',
      '/v2/orders',
      'We had an incident; it is resolved now.',
      'Confirmed, working again',
    ],
    [
      'SSO setup fails with "invalid audience"',
      'The audience must be https://sso.example.com/saml.',
      'Changed it, still failing',
      'Please also re-upload the certificate.',
      'That was it, thanks!',
    ],
  ],
  retention: [
    [
      'I want to cancel my subscription',
      'I am sorry to hear that. May I ask why?',
      'It is too expensive',
      'I can offer you 3 months at half price.',
      'OK, I will stay',
      'Great — the discount is applied.',
    ],
    [
      'Please close my account',
      'I can help with that. Can you confirm your account number?',
      'Sure, it is in the survey',
      'Thank you, your account is scheduled for closure.',
    ],
  ],
};

export const END_REASONS: readonly { code: string; desc: string }[] = [
  { code: '210', desc: 'Visitor closed chat' },
  { code: '201', desc: 'Rep stopped chat' },
  { code: '205', desc: 'Visitor disconnected' },
  { code: '208', desc: 'Visitor no longer in chat' },
];

export const CUSTOMER_TYPES: readonly string[] = ['vip', 'gold', 'silver', 'standard', 'new'];
export const CUSTOMER_STATUSES: readonly string[] = ['active', 'active', 'active', 'suspended', 'cancelled'];
export const AFFILIATES: readonly string[] = ['Search', 'Newsletter', 'PartnerSite', 'Facebook', 'Direct'];
