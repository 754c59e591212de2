package org.m4d.grants.testing;

import org.m4d.grants.platform.application.JoinedTransaction;

/** The caller's transaction, as a use case in a unit test always has one. */
public final class ActiveTransaction extends JoinedTransaction {

    @Override
    public void require(String what) {
        // a unit test runs each use case as the container would, inside its transaction
    }
}
