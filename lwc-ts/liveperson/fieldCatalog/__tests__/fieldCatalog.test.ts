import {
  FIELD_CATALOG,
  MESSAGING_CONTENT,
  catalogEntry,
  sdkPath,
  servesChat,
  servesMessaging,
} from 'c/fieldCatalog';
import { validatePath } from 'c/fieldPath';
import messagingContent from '../../../../config/vectors/messaging-content.json';

describe('fieldCatalog module', () => {
  it('holds the guide examples of Appendix #1', () => {
    expect(catalogEntry('Start_Time')).toMatchObject({
      sdk: 'chatInfo.chatStartTime',
      api: 'info.startTime',
    });
    expect(catalogEntry('Customer_Type')).toMatchObject({
      sdk: 'SDE.customerDetails.type',
      api: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerType',
    });
    expect(catalogEntry('Personal_Name')?.api).toBe(
      'sdes.events[sdeType=PERSONAL_INFO].personalInfo.personalInfo.name',
    );
    expect(catalogEntry('Goal_Name')).toMatchObject({
      sdk: 'campaignInfo.goalName',
      api: 'campaign.goalName',
    });
    expect(catalogEntry('Browser')).toMatchObject({ sdk: 'visitorInfo.browser', api: 'visitorInfo.browser' });
    expect(catalogEntry('Marketing_Affiliate')).toMatchObject({
      sdk: 'SDE.marketingSource.affiliate',
      api: 'sdes.events[sdeType=MARKETING_CAMPAIGN_INFO].marketingCampaignInfo.marketingCampaignInfo.affiliate',
    });
    expect(catalogEntry('Nope')).toBeUndefined();
  });

  it('derives the channels and the SDK path per channel', () => {
    const email = catalogEntry('PreChat_Visitor_Email')!;
    expect(servesChat(email)).toBe(true);
    expect(servesMessaging(email)).toBe(false);
    const csat = catalogEntry('CSAT')!;
    expect(servesChat(csat)).toBe(false);
    expect(servesMessaging(csat)).toBe(true);
    const skill = catalogEntry('Skill_Name')!;
    expect(sdkPath(skill, false)).toBe('chatInfo.chatSkill');
    expect(sdkPath(skill, true)).toBe('chatInfo.chatSkill');
    expect(sdkPath(catalogEntry('Consumer_Email')!, false)).toBeUndefined();
  });

  it('has 55+ entries whose paths all parse', () => {
    expect(FIELD_CATALOG.length).toBeGreaterThanOrEqual(55);
    const paths = FIELD_CATALOG.flatMap((e) => [e.sdk, e.api, e.msgSdk, e.msgApi]).filter(
      (p): p is string => p !== undefined,
    );
    expect(paths.filter((p) => !validatePath(p).ok)).toEqual([]);
    expect(MESSAGING_CONTENT).toContain('unAuthSdes');
  });

  it('asks Messaging Interactions for the content of the contract vector (as Apex does)', () => {
    expect(MESSAGING_CONTENT).toEqual(messagingContent.contentToRetrieve);
  });
});
