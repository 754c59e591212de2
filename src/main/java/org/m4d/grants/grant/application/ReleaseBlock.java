package org.m4d.grants.grant.application;

import java.util.List;
import org.m4d.grants.platform.domain.DomainException;

/** One reason a grant may not pay out now, with the message key finance reads it in. */
public record ReleaseBlock(String key, String text, List<Object> args) {

    public ReleaseBlock {
        args = List.copyOf(args);
    }

    public DomainException refusal() {
        return new DomainException(text).withKey(key, args.toArray());
    }
}
