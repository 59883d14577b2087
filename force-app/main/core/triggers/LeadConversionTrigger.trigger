trigger LeadConversionTrigger on Lead(after update) {
    LeadConversionHandler.handleAfterUpdate(Trigger.new, Trigger.oldMap);
}
