trigger EventLogEventTrigger on Event_Log_Event__e(after insert) {
    EventLogEventHandler.handle(Trigger.new);
}
