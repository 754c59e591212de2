package org.m4d.grants.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallRepository;

/**
 * Calls for proposals in memory, numbered from 1; seeded with the standing call of the test phase
 * (every country, no close, no envelope), as the migration makes one for each phase.
 */
public final class InMemoryCalls implements CallRepository {

    private final List<Call> calls = new ArrayList<>();
    private long next = 1;

    public InMemoryCalls() {
        Call standing = Call.open("TEST-PHASE", "Test phase: standing call", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 1), Map.of("NP", BigDecimal.ZERO, "SN", BigDecimal.ZERO, "BD", BigDecimal.ZERO),
                Set.of("NP", "SN", "BD"), "system", Instant.EPOCH);
        Wiring.set(standing, Call.class, "standing", true);
        Wiring.set(standing, Call.class, "closesOn", null);
        List<?> envelopes = (List<?>) Wiring.get(standing, Call.class, "envelopes");
        envelopes.forEach(e -> Wiring.set(e, org.m4d.grants.programme.domain.CallEnvelope.class, "amountUsd", null));
        add(standing);
    }

    @Override
    public List<Call> all() {
        return calls.stream().sorted(Comparator.comparing(Call::opensOn).reversed()).toList();
    }

    @Override
    public Optional<Call> find(long id) {
        return calls.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public void add(Call call) {
        Wiring.set(call, Call.class, "id", next++);
        calls.add(call);
    }
}
