package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every {@link ReleaseGate} of the app, asked together. */
@ApplicationScoped
public class ReleaseGates {

    @Inject
    @Any
    Instance<ReleaseGate> gates;

    /** All reasons the grant of this proposal may not pay out now, for finance to see. */
    public List<ReleaseBlock> blocks(long proposalId) {
        List<ReleaseBlock> blocks = new ArrayList<>();
        all().forEach(g -> blocks.addAll(g.blocks(proposalId)));
        return blocks;
    }

    /** The gates to ask; a unit test gives its own. */
    protected Iterable<ReleaseGate> all() {
        return gates;
    }

    /** Refuses (422) with the first reason, if any. */
    public void check(long proposalId) {
        List<ReleaseBlock> blocks = blocks(proposalId);
        if (!blocks.isEmpty()) {
            throw blocks.get(0).refusal();
        }
    }
}
