package uk.interimexchange.application.port;

/** Whether this is a demonstration, with its demo programme and developer mailbox: never in production. */
public interface Demonstration {

    boolean isOn();
}
