/** The header JetStream stores a publish's de-duplication key under; the memory bus mirrors it. */
export const MSG_ID_HEADER = 'Nats-Msg-Id';
