package org.m4d.grants.notification.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo's mail catcher: an embedded GreenMail SMTP server on the loopback interface, so that a
 * newcomer running the demo sees the notifications (Administration → Mail) without a mail server.
 */
@ApplicationScoped
public class DemoMailServer {

    private GreenMail server;

    synchronized void start(int port) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
