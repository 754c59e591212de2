package org.m4d.grants.programme.domain;

import java.util.List;
import java.util.Optional;

/** The calls for proposals of every phase. */
public interface CallRepository {

    /** Every call, the latest opening first. */
    List<Call> all();

    Optional<Call> find(long id);

    void add(Call call);
}
