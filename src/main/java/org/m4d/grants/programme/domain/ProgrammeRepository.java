package org.m4d.grants.programme.domain;

import java.util.Optional;

public interface ProgrammeRepository {

    Optional<Programme> find(String id);
}
