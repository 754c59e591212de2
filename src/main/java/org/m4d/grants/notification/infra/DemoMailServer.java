package org.m4d.grants.notification.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The demo's mail catcher: an embedded GreenMail SMTP server on the loopback interface, so that a
 * newcomer running the demo sees the notifications (Administration → Mail) without a mail server.
 */
@ApplicationScoped
public class DemoMailServer {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    private GreenMail server;

    /** Whether it listens; a port taken by another program costs the demo its mail, never its start. */
    synchronized boolean start(int port) {
        if (server == null) {
            GreenMail starting = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            try {
                starting.start();
            } catch (RuntimeException e) {
                LOG.warning(() -> "Mail: the demo mail catcher cannot listen on localhost:" + port + " ("
                        + e.getMessage() + "); mail stays queued in the outbox, unsent. "
                        + "Set M4D_DEMO_SMTP_PORT to a free port.");
                return false;
            }
            server = starting;
        }
        return true;
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
