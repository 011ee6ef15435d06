package uk.interimexchange.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.infrastructure.health.SenderHeartbeat;

/**
 * Sends what is in the outbox, on every node, every few seconds. A node sends an email only after claiming it
 * with one conditional update, so two nodes never both send it; a failed attempt goes back in the queue with a
 * growing wait. A node that dies between sending and recording loses its claim after a few minutes, or at once
 * when it starts again, and the email is tried again (with the same Message-ID): the only window in which a copy
 * can be sent twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration") // the outbox table exists before the first round
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    private static final int BATCH = 50;

    /**
     * Tells this node's claims apart from every other node's, and stays the same when the node restarts, so that
     * a restarted node can take back at once what it was sending when it stopped (host and server instance).
     */
    private final String node = nodeName();

    @Resource
    TimerService timers;

    @EJB
    OutboxSteps steps;

    @Inject
    SmtpMailer mailer;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    SenderHeartbeat heartbeat;

    @PostConstruct
    void start() {
        if (!settings.isConfigured()) {
            LOG.info("No SMTP server is configured (INTERIM_SMTP_HOST): emails stay in the outbox.");
            return;
        }
        int released = steps.releaseClaimsOf(node, clock.instant());
        if (released > 0) {
            LOG.info(() -> released + " email(s) this node was sending when it stopped are queued again.");
        }
        long every = settings.pollInterval().toMillis();
        // Not persistent: every node runs its own sender, and the claims keep them from sending twice.
        timers.createIntervalTimer(every, every, new TimerConfig("outbox sender", false));
        heartbeat.started(clock.instant());
        LOG.info(() -> "Sending the outbox through " + settings.host() + ":" + settings.port() + " every "
                + settings.pollInterval().toSeconds() + " s, as " + node + ".");
    }

    @Timeout
    void round() {
        deliverDue();
        heartbeat.roundFinished(clock.instant());
    }

    /** One round: every email due now, each claimed, sent and recorded in turn. Returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (Long id : steps.due(clock.instant(), BATCH)) {
            Instant now = clock.instant();
            Email email = steps.claim(id, node, now, now.plus(settings.claimFor()));
            if (email == null) {
                continue; // another node has it
            }
            try {
                mailer.send(email);
                steps.sent(id, node, clock.instant());
                sent++;
            } catch (Exception e) {
                Instant next = Email.nextAttempt(email.getAttempts(), settings.firstRetry(), clock.instant());
                steps.failed(id, node, e.getClass().getSimpleName() + ": " + e.getMessage(), next);
                LOG.log(Level.WARNING, "Email {0} not sent (attempt {1}), next try at {2}: {3}",
                        new Object[] {id, email.getAttempts(), next, e.getMessage()});
                if (e instanceof jakarta.mail.MessagingException && isUnreachable(e)) {
                    break; // the server is down: the rest wait for the next round
                }
            }
        }
        return sent;
    }

    private static boolean isUnreachable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Host, server instance and a short mark of the instance's directory, within the claimed_by column. */
    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unnamed) {
            host = "localhost";
        }
        String name = host + "/" + System.getProperty("com.sun.aas.instanceName", "server") + "/"
                + Integer.toHexString(System.getProperty("com.sun.aas.instanceRoot", "").hashCode());
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
